package org.parley.store.remote;

import org.parley.resolve.Overrides;
import org.parley.store.CrossArticleResolution;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Article graphs written to a real Jena Fuseki server on loopback, through the RDF4J client. */
class RemoteArticleStoreTest {
    private static final Instant NOW = Instant.parse("2024-05-14T08:00:00Z");
    private static final RemoteArticleStore.Retries QUICK = new RemoteArticleStore.Retries(2, Duration.ofMillis(50));

    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris("http://example.org/"), "test");
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private FusekiServer fuseki;
    private RemoteArticleStore store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        fuseki = fuseki(0);
        store = new RemoteArticleStore(url("sparql"), url("update"), Optional.empty(), QUICK);
    }

    @AfterEach
    void stop() {
        store.close();
        fuseki.stop();
    }

    private FusekiServer fuseki(int port) {
        return FusekiServer.create().port(port).loopback(true).add("/ds", dataset).build().start();
    }

    private String url(String service) {
        return "http://localhost:" + fuseki.getHttpPort() + "/ds/" + service;
    }

    private ArticleGraph article(String source, String text) {
        Extraction sample = SampleExtraction.extraction(source);
        Article article = SampleExtraction.article(source, text);
        return builder.build(new Extraction(article, sample.entities(), sample.meetings(), sample.calls(), sample.disputes()), NOW, NOW);
    }

    private Graph stored(Node name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void anArticleGraphArrivesWhole() {
        ArticleGraph a = article("https://news.test/a", SampleExtraction.TEXT);
        store.replace(a.name(), a.graph());
        assertTrue(stored(a.name()).isIsomorphicWith(a.graph()));
        Node articleNode = NodeFactory.createURI(new Iris("http://example.org/").article(Iris.articleSlug("https://news.test/a")));
        String hash = SampleExtraction.article("https://news.test/a", SampleExtraction.TEXT).contentHash();
        assertEquals(Optional.of(hash), store.contentHashOf(articleNode));
        assertEquals(Optional.of("https://news.test/a"), store.sourceOfContent(hash));
    }

    @Test
    void ingestingAgainReplacesTheGraph() {
        ArticleGraph before = article("https://news.test/a", SampleExtraction.TEXT);
        ArticleGraph after = article("https://news.test/a", SampleExtraction.TEXT + " Talks will go on in May.");
        assertEquals(before.name(), after.name());
        store.replace(before.name(), before.graph());
        store.replace(after.name(), after.graph());
        Graph now = stored(after.name());
        assertTrue(now.isIsomorphicWith(after.graph()), "only the new version is left");
    }

    @Test
    void aServerStoppedMidBatchFailsTheArticlesCleanlyAndTheyGoInOnRetry() {
        List<ArticleGraph> batch = List.of(article("https://news.test/1", "One. " + SampleExtraction.TEXT),
                article("https://news.test/2", "Two. " + SampleExtraction.TEXT),
                article("https://news.test/3", "Three. " + SampleExtraction.TEXT));
        store.replace(batch.get(0).name(), batch.get(0).graph());
        int port = fuseki.getHttpPort();
        fuseki.stop();

        List<ArticleGraph> failed = new ArrayList<>();
        for (ArticleGraph g : batch.subList(1, 3)) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.replace(g.name(), g.graph()));
            assertTrue(e.getMessage().contains("tried 2 times"), e.getMessage());
            failed.add(g);
        }
        assertEquals(0, stored(batch.get(1).name()).size(), "nothing half-written");

        fuseki = fuseki(port);
        failed.forEach(g -> store.replace(g.name(), g.graph()));
        for (ArticleGraph g : batch) {
            assertTrue(stored(g.name()).isIsomorphicWith(g.graph()), g.name().getURI());
        }
    }

    @Test
    void theSameQueriesGiveTheSameAnswersAsTheEmbeddedStore() {
        ParleyStore tdb = new ParleyStore(dir.resolve("tdb2"));
        try {
            TdbArticleStore embedded = new TdbArticleStore(tdb, new CrossArticleResolution(new Iris("http://example.org/"), Overrides.none()));
            for (String s : List.of("https://news.test/x", "https://news.test/y")) {
                ArticleGraph g = article(s, s + " " + SampleExtraction.TEXT);
                store.replace(g.name(), g.graph());
                embedded.replace(g.name(), g.graph());
            }
            String prefix = "PREFIX parley: <" + PARLEY.NS + ">\n";
            // the embedded store also keeps the canonical layer, which a remote store does not get
            String articleGraphs = "FILTER(?g != <" + PARLEY.ONTOLOGY.getURI() + "> && ?g != <"
                    + new Iris("http://example.org/").canonicalGraph() + ">)";
            List<String> queries = List.of(
                    prefix + "SELECT ?article ?source WHERE { GRAPH ?g { ?article parley:sourceLocation ?source } } ORDER BY ?source",
                    prefix + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + articleGraphs + " }",
                    "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + articleGraphs + " } GROUP BY ?p ORDER BY ?p");
            RemoteQueries remote = new RemoteQueries(url("sparql"));
            for (String text : queries) {
                Query q = QueryFactory.create(text);
                List<String> local = Txn.calculateRead(tdb.dataset(), () -> rows(QueryExec.dataset(tdb.dataset()).query(q).select()));
                QueryAnswer.Rows answer = (QueryAnswer.Rows) remote.run(q);
                List<String> far = rows(RowSet.adapt(answer.rows()));
                assertEquals(local, far, text);
                assertTrue(!local.isEmpty());
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
