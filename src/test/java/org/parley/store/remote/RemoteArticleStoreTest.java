package org.parley.store.remote;

import org.parley.resolve.Overrides;
import org.parley.store.CrossArticleResolution;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Article;
import org.parley.domain.Extraction;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.ArticleGraphBuilder.ArticleGraph;
import org.parley.graph.PARLEY;
import org.parley.graph.SampleExtraction;
import org.parley.resolve.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.QueryAnswer;
import org.parley.store.TdbArticleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Article graphs written through the RDF4J client to a real Jena Fuseki server: the standalone
 * {@code jena-fuseki-server} jar run as a separate process on loopback, over TDB2 in a temporary folder.
 * The server is shared by the tests of this class; each test writes articles of its own.
 */
class RemoteArticleStoreTest {
    private static final Instant NOW = Instant.parse("2024-05-14T08:00:00Z");
    private static final RemoteArticleStore.Retries QUICK = new RemoteArticleStore.Retries(2, Duration.ofMillis(50));

    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris("http://example.org/"), "test");

    @TempDir
    static Path dir;
    static FusekiProcess fuseki;

    @BeforeAll
    static void start() throws Exception {
        fuseki = new FusekiProcess(Files.createDirectories(dir.resolve("fuseki")));
    }

    @AfterAll
    static void stop() throws Exception {
        fuseki.close();
    }

    private static RemoteArticleStore store() {
        return new RemoteArticleStore(fuseki.url("sparql"), fuseki.url("update"), Optional.empty(), QUICK);
    }

    private ArticleGraph article(String source, String text) {
        Extraction sample = SampleExtraction.extraction(source);
        Article article = SampleExtraction.article(source, text);
        return builder.build(new Extraction(article, sample.entities(), sample.meetings(), sample.calls(), sample.disputes()), NOW, NOW);
    }

    /** The graph as Fuseki holds it, read back over the Graph Store Protocol; empty when it has none. */
    private static Graph stored(Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        try {
            GSP.service(fuseki.url("get")).graphName(name).GET().find().forEachRemaining(copy::add);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
        return copy;
    }

    @Test
    void anArticleGraphArrivesWholeWithTheOntology() {
        ArticleGraph a = article("https://news.test/a", SampleExtraction.TEXT);
        try (RemoteArticleStore store = store()) {
            store.replace(a.name(), a.graph());
            assertTrue(stored(a.name()).isIsomorphicWith(a.graph()));
            Node articleNode = NodeFactory.createURI(new Iris("http://example.org/").article(Iris.articleSlug("https://news.test/a")));
            String hash = SampleExtraction.article("https://news.test/a", SampleExtraction.TEXT).contentHash();
            assertEquals(Optional.of(hash), store.contentHashOf(articleNode));
            assertEquals(Optional.of("https://news.test/a"), store.sourceOfContent(hash));
        }
        assertTrue(stored(PARLEY.ONTOLOGY).isIsomorphicWith(org.parley.graph.ShaclCheck.get().ontology()),
                "the ontology graph is written with the first article, as in the embedded store");
    }

    @Test
    void ingestingAgainReplacesTheGraph() {
        ArticleGraph before = article("https://news.test/again", SampleExtraction.TEXT);
        ArticleGraph after = article("https://news.test/again", SampleExtraction.TEXT + " Talks will go on in May.");
        assertEquals(before.name(), after.name());
        try (RemoteArticleStore store = store()) {
            store.replace(before.name(), before.graph());
            store.replace(after.name(), after.graph());
        }
        Graph now = stored(after.name());
        assertFalse(before.graph().isIsomorphicWith(after.graph()));
        assertTrue(now.isIsomorphicWith(after.graph()), "only the new version is left");
    }

    @Test
    void aServerStoppedMidBatchFailsTheArticlesCleanlyAndTheyGoInOnRetry() throws Exception {
        List<ArticleGraph> batch = List.of(article("https://news.test/1", "One. " + SampleExtraction.TEXT),
                article("https://news.test/2", "Two. " + SampleExtraction.TEXT),
                article("https://news.test/3", "Three. " + SampleExtraction.TEXT));
        try (RemoteArticleStore store = store()) {
            store.replace(batch.get(0).name(), batch.get(0).graph());
            fuseki.stop();

            List<ArticleGraph> failed = new ArrayList<>();
            try {
                for (ArticleGraph g : batch.subList(1, 3)) {
                    RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.replace(g.name(), g.graph()));
                    assertTrue(e.getMessage().contains("tried 2 times"), e.getMessage());
                    assertTrue(e.getMessage().contains(g.name().getURI()), e.getMessage());
                    failed.add(g);
                }
            } finally {
                fuseki.start(); // same port, same TDB2 folder
            }
            assertEquals(0, stored(batch.get(1).name()).size(), "nothing half-written");
            assertTrue(stored(batch.get(0).name()).isIsomorphicWith(batch.get(0).graph()), "what was written survived the restart");

            failed.forEach(g -> store.replace(g.name(), g.graph()));
        }
        for (ArticleGraph g : batch) {
            assertTrue(stored(g.name()).isIsomorphicWith(g.graph()), g.name().getURI());
        }
    }

    @Test
    void theExampleQueriesGiveTheSameAnswersAsOnTheEmbeddedStore() throws Exception {
        ParleyStore tdb = new ParleyStore(dir.resolve("embedded"));
        try (RemoteArticleStore store = store()) {
            TdbArticleStore embedded = new TdbArticleStore(tdb, new CrossArticleResolution(new Iris("http://example.org/"), Overrides.none()));
            for (String s : List.of("https://news.test/x", "https://news.test/y")) {
                ArticleGraph g = article(s, s + " " + SampleExtraction.TEXT);
                store.replace(g.name(), g.graph());
                embedded.replace(g.name(), g.graph());
            }
            // both stores hold other tests' articles too: compare the rows of these two only
            List<String> mine = List.of("source=\"https://news.test/x\"", "source=\"https://news.test/y\"");
            RemoteQueries remote = new RemoteQueries(fuseki.url("sparql"));
            for (String file : List.of("meetings.rq", "disputed-territories.rq")) {
                Query q = QueryFactory.read(Path.of("queries", file).toString());
                List<String> local = Txn.calculateRead(tdb.dataset(), () -> rows(QueryExec.dataset(tdb.dataset()).query(q).select()));
                QueryAnswer.Rows answer = (QueryAnswer.Rows) remote.run(q);
                List<String> far = rows(RowSet.adapt(answer.rows())).stream().filter(r -> mine.stream().anyMatch(r::contains)).toList();
                assertFalse(local.isEmpty(), file + " finds the sample's facts");
                assertEquals(local, far, file);
            }
        } finally {
            tdb.close();
        }
    }

    private static List<String> rows(RowSet rows) {
        List<String> out = new ArrayList<>();
        // one line per row, its variables in name order, since stores list them in any order
        rows.forEachRemaining(b -> {
            List<String> cells = new ArrayList<>();
            b.vars().forEachRemaining(v -> cells.add(v.getVarName() + "=" + b.get(v)));
            Collections.sort(cells);
            out.add(String.join(" ", cells));
        });
        Collections.sort(out);
        return out;
    }
}
