package org.parley.cli;

import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.ingest.IngestSummary;
import org.parley.store.TdbArticleStore;
import org.parley.store.remote.RemoteArticleStore;
import org.parley.config.ParleyConfig;
import org.parley.source.ArticleReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
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

    @Option(names = "--server", paramLabel = "URL",
            description = "Address of a running Parley server, e.g. http://localhost:8080/: each article is posted to its"
                    + " /articles and analysed and stored there (needs its update token). Not with --store or --endpoint.")
    String server;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --server: how long one article may take on the server (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "SPARQL Update endpoint of the remote store (default: the --endpoint URL).")
    String updateEndpoint;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for the remote store's updates or the server's /articles (default: PARLEY_UPDATE_TOKEN).")
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
    private final ArticleReader reader;

    public IngestCommand(IngestService ingest, TdbArticleStore store, ParleyConfig config, ArticleReader reader) {
        this.ingest = ingest;
        this.store = store;
        this.config = config;
        this.reader = reader;
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
        if (server != null) {
            if (target.endpoint != null || target.store != null || updateEndpoint != null) {
                throw new UserException("--server sends articles to a Parley server, which writes its own store: "
                        + "leave out --store, --endpoint and --update-endpoint");
            }
            ArticlesClient client = new ArticlesClient(server, Optional.ofNullable(token).or(config::updateToken),
                    Duration.ofSeconds(Math.max(1, timeoutSeconds)));
            int parallel = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            summary = client.ingest(reader.expand(paths), date, parallel, ProgressDisplay.forStandardError());
        } else if (target.endpoint != null) {
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
