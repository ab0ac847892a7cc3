package org.parley.cli;

import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.ingest.IngestSummary;
import org.parley.store.TdbArticleStore;
import org.parley.store.remote.RemoteArticleStore;
import org.parley.config.ParleyConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parley ingest}: reads articles and writes what they report into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read articles (files, folders, - for standard input) and store their meetings, calls and disputes.")
public class IngestCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    StoreTarget target = new StoreTarget();

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "SPARQL Update endpoint of the remote store (default: the --endpoint URL).")
    String updateEndpoint;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for the remote store's updates (default: PARLEY_UPDATE_TOKEN).")
    String token;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one (anchors relative dates).")
    String published;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Articles analysed in parallel (default: one per core).")
    int threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    private final IngestService ingest;
    private final TdbArticleStore store;
    private final ParleyConfig config;

    public IngestCommand(IngestService ingest, TdbArticleStore store, ParleyConfig config) {
        this.ingest = ingest;
        this.store = store;
        this.config = config;
    }

    @Override
    public Integer call() {
        Optional<LocalDate> date = Optional.empty();
        if (published != null) {
            try {
                date = Optional.of(LocalDate.parse(published));
            } catch (DateTimeParseException e) {
                throw new UserException("--published must be YYYY-MM-DD, not " + published);
            }
        }
        IngestService.Request request = new IngestService.Request(paths, date, threads);
        IngestSummary summary;
        if (target.endpoint != null) {
            Optional<String> bearer = Optional.ofNullable(token).or(config::updateToken);
            RemoteArticleStore.Retries retries = new RemoteArticleStore.Retries(config.remote().attempts(), config.remote().backoff());
            try (RemoteArticleStore remote = new RemoteArticleStore(target.endpoint,
                    updateEndpoint != null ? updateEndpoint : target.endpoint, bearer, retries)) {
                summary = ingest.ingest(request, remote, ProgressDisplay.forStandardError());
            }
        } else {
            summary = ingest.ingest(request, store, ProgressDisplay.forStandardError());
        }
        System.err.println("parley: " + summary.line());
        return summary.anyFailed() ? UserErrors.FAILED : 0;
    }

    static void report(ArticleResult r) {
        System.err.println(line(r));
    }

    /** One article's result as the user sees it. */
    static String line(ArticleResult r) {
        String word = switch (r.status()) {
            case INGESTED -> "ok";
            case UNCHANGED -> "unchanged";
            case DUPLICATE -> "duplicate";
            case FAILED -> "FAILED";
        };
        return "parley: " + word + " " + r.name() + ": " + r.detail();
    }
}
