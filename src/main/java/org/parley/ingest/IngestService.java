package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.NodeFactory;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;
import org.parley.domain.Article;
import org.parley.domain.Extraction;
import org.parley.domain.Outcome;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.ArticleGraphBuilder.ArticleGraph;
import org.parley.graph.ShaclCheck;
import org.parley.resolve.ArticleAnalyzer;
import org.parley.resolve.Iris;
import org.parley.source.ArticleReader;
import org.parley.store.ArticleStore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs articles (files, folders, {@code -} for standard input) through every stage: read, analyse, build the graph, check it against the shapes, and
 * replace the article's graph in the store. Analysis runs in parallel; each article is one write.
 * One bad article is reported and skipped; the batch goes on.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    /** How the reason of a failed write begins: such a failure may pass, so the article is worth another try. */
    public static final String STORE_FAILURE = "cannot write to the store: ";

    private final ArticleReader reader;
    private final ArticleAnalyzer analyzer;
    private final ParleyConfig config;
    private final Iris iris;
    private final ArticleGraphBuilder graphs;

    public IngestService(ArticleReader reader, ArticleAnalyzer analyzer, ParleyConfig config) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.config = config;
        this.iris = new Iris(config.baseIri());
        this.graphs = new ArticleGraphBuilder(iris, Version.current());
    }

    /** Options of one batch. */
    public record Request(List<String> paths, Optional<LocalDate> published, int threads) {
        public Request {
            paths = List.copyOf(paths);
        }
    }

    /** Hears how a batch goes: its size once the inputs are known, then each article's result as it is done. */
    public interface Listener {
        default void started(int total) {}

        void done(ArticleResult result);
    }

    public IngestSummary ingest(Request request, ArticleStore store, Listener progress) {
        long start = System.nanoTime();
        List<Path> files = reader.expand(request.paths());
        progress.started(files.size());
        int threads = request.threads() > 0 ? request.threads()
                : config.ingest().threads() > 0 ? config.ingest().threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, files.size()))));
        List<ArticleResult> results = new ArrayList<>();
        try {
            List<Future<ArticleResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> one(file, request.published(), store)));
            }
            for (int i = 0; i < futures.size(); i++) {
                ArticleResult result = outcomeOf(files.get(i).toString(), futures.get(i));
                results.add(result);
                progress.done(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(results, (System.nanoTime() - start) / 1e9);
    }

    private static ArticleResult outcomeOf(String name, Future<ArticleResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ArticleResult(name, ArticleResult.Status.FAILED, "interrupted");
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "%s: unexpected failure", name);
            return new ArticleResult(name, ArticleResult.Status.FAILED, "internal error: " + e.getCause());
        }
    }

    private ArticleResult one(Path file, Optional<LocalDate> published, ArticleStore store) {
        return ingest(file.toString(), Instant.now(), reader.read(file), published, store);
    }

    /**
     * Runs one article that is already read (fetched from a feed, posted to {@code /articles}) through the
     * same stages as a file: analyse, build, check, replace its graph.
     *
     * @param name      what the result is reported under: its URL or the request
     * @param read      the source stage's outcome for the article
     * @param published overrides the article's own publication date
     */
    public ArticleResult ingest(String name, Outcome<Article> read, Optional<LocalDate> published, ArticleStore store) {
        return ingest(name, Instant.now(), read, published, store);
    }

    /** The IRI under which an article is stored. */
    public String articleIri(Article article) {
        return iris.article(Iris.articleSlug(article.source()));
    }

    private ArticleResult ingest(String name, Instant started, Outcome<Article> read, Optional<LocalDate> published,
                                 ArticleStore store) {
        if (read instanceof Outcome.Rejected<Article> r) {
            return failed(name, r.reason());
        }
        Article article = ((Outcome.Ok<Article>) read).value();
        if (published.isPresent()) {
            article = article.withPublished(published.get());
        } else if (article.published().isEmpty()) {
            LOG.warnf("%s: no publication date found; relative dates stay unresolved (use --published)", name);
        }
        var articleNode = NodeFactory.createURI(articleIri(article));
        if (store.contentHashOf(articleNode).filter(article.contentHash()::equals).isPresent()) {
            return new ArticleResult(name, ArticleResult.Status.UNCHANGED, "already stored with the same text");
        }
        String location = article.source();
        Optional<String> twin = store.sourceOfContent(article.contentHash()).filter(s -> !s.equals(location));
        if (twin.isPresent()) {
            return new ArticleResult(name, ArticleResult.Status.DUPLICATE, "same text as " + twin.get() + "; skipped");
        }
        Outcome<Extraction> analysed = analyzer.analyze(article);
        if (analysed instanceof Outcome.Rejected<Extraction> r) {
            return failed(name, r.reason());
        }
        Extraction extraction = ((Outcome.Ok<Extraction>) analysed).value();
        ArticleGraph graph = graphs.build(extraction, started, Instant.now());
        List<String> violations = ShaclCheck.get().violations(graph.graph());
        if (!violations.isEmpty()) {
            LOG.errorf("%s: graph does not conform to the shapes: %s", name, violations);
            return failed(name, "internal error: the extracted graph does not conform to ontology/shapes.ttl ("
                    + violations.get(0) + (violations.size() > 1 ? " and " + (violations.size() - 1) + " more" : "") + ")");
        }
        try {
            store.replace(graph.name(), graph.graph());
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s: write failed", name);
            return failed(name, STORE_FAILURE + e.getMessage());
        }
        String detail = String.format("%d meetings, %d calls, %d disputes, %d entities -> %s",
                extraction.meetings().size(), extraction.calls().size(), extraction.disputes().size(),
                extraction.entities().size(), graph.name().getURI());
        LOG.infof("%s: ingested %s", name, detail);
        return new ArticleResult(name, ArticleResult.Status.INGESTED, detail);
    }

    private static ArticleResult failed(String name, String reason) {
        LOG.infof("%s: failed: %s", name, reason);
        return new ArticleResult(name, ArticleResult.Status.FAILED, reason);
    }
}
