package org.parley.store;

import org.parley.resolve.Overrides;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.PARLEY;
import org.parley.graph.SampleExtraction;
import org.parley.resolve.Iris;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TdbArticleStoreTest {
    @TempDir
    Path dir;
    private ParleyStore store;
    private TdbArticleStore articles;
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris("http://example.org/"), "test");

    @BeforeEach
    void open() {
        store = new ParleyStore(dir.resolve("tdb2"));
        articles = new TdbArticleStore(store, new CrossArticleResolution(new Iris("http://example.org/"), Overrides.none()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reingestingAnArticleReplacesItsGraphWithoutDuplicates() {
        var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), Instant.parse("2024-03-07T10:00:00Z"), Instant.parse("2024-03-07T10:00:00Z"));
        articles.replace(built.name(), built.graph());
        long once = size(built.name());
        var again = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), Instant.parse("2024-03-08T10:00:00Z"), Instant.parse("2024-03-08T10:00:00Z"));
        articles.replace(again.name(), again.graph());
        assertEquals(once, size(built.name()));
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(PARLEY.ONTOLOGY).size() > 100));
    }

    @Test
    void failedWriteLeavesThePreviousGraph() {
        var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), Instant.now(), Instant.now());
        articles.replace(built.name(), built.graph());
        long before = size(built.name());
        Graph broken = GraphFactory.createDefaultGraph();
        broken.add(Triple.create(NodeFactory.createURI("http://example.org/a"), PARLEY.headline, NodeFactory.createLiteralString("x")));
        Graph failing = new org.apache.jena.sparql.graph.GraphWrapper(broken) {
            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<Triple> find() {
                return super.find().mapWith(t -> {
                    throw new IllegalStateException("disk full");
                });
            }
        };
        assertThrows(IllegalStateException.class, () -> articles.replace(built.name(), failing));
        assertEquals(before, size(built.name()));
    }

    @Test
    void contentHashFindsTheSameTextUnderAnotherName() {
        var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), Instant.now(), Instant.now());
        articles.replace(built.name(), built.graph());
        String hash = SampleExtraction.article("x", SampleExtraction.TEXT).contentHash();
        assertEquals(Optional.of("file:///news/envoys.txt"), articles.sourceOfContent(hash));
        assertEquals(Optional.of(hash), articles.contentHashOf(built.article()));
        assertEquals(Optional.empty(), articles.sourceOfContent("0".repeat(64)));
    }

    private long size(Node graph) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<?> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Test
    void storedConfidencesReadBackAsWrittenSoGraphsCanBeCleared() {
        var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), Instant.now(), Instant.now());
        articles.replace(built.name(), built.graph());
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, dsg::clear);
        assertEquals(0L, Txn.calculateRead(dsg, () -> (long) Iter.count(dsg.find())));
    }
}
