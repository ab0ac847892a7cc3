package org.parley.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.SampleExtraction;
import org.parley.resolve.Iris;
import org.parley.resolve.Overrides;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreMaintenanceTest {
    @TempDir
    Path dir;
    private Path location;
    private ParleyStore store;
    private TdbArticleStore articles;
    private StoreMaintenance maintenance;
    private static final Iris IRIS = new Iris("http://example.org/");
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(IRIS, "test");

    @BeforeEach
    void open() {
        location = dir.resolve("tdb2");
        reopen();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() {
        if (store != null) {
            store.close();
        }
        store = new ParleyStore(location);
        articles = new TdbArticleStore(store, new CrossArticleResolution(IRIS, Overrides.none()));
        maintenance = new StoreMaintenance(store);
    }

    /** Writes the same article {@code times} times, each as a new ingestion (new timestamps), as re-ingestion does. */
    private void reingest(int times) {
        for (int i = 0; i < times; i++) {
            Instant at = Instant.parse("2024-03-07T10:00:00Z").plusSeconds(i);
            var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), at, at);
            articles.replace(built.name(), built.graph());
        }
    }

    private long quads() {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private List<String> generationNames() {
        return maintenance.generations().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void compactionReclaimsTheSpaceOfReplacedGraphsAndKeepsEveryQuad() {
        reingest(1);
        long fresh = maintenance.sizeOnDisk();
        reingest(60);
        long quads = quads();
        var c = maintenance.compact();
        assertTrue(c.bytesBefore() > 3 * fresh, "re-ingestion grows the store: " + fresh + " -> " + c.bytesBefore());
        assertTrue(c.bytesAfter() < 2 * fresh, "compaction brings it back near a fresh one: " + fresh + " vs " + c.bytesAfter());
        assertEquals(quads, quads());
        assertEquals(List.of("Data-0002"), generationNames());
        assertEquals(Long.valueOf(c.bytesAfter()), maintenance.compactedSize().orElseThrow());
        reingest(1);
        reopen();
        assertEquals(quads, quads());
    }

    @Test
    void aCompactionCopyLeftByAKilledProcessIsRemovedWhenTheStoreOpens() throws IOException {
        reingest(3);
        long quads = quads();
        store.close();
        Path leftover = Files.createDirectories(location.resolve("Data-0002-tmp"));
        Files.writeString(leftover.resolve("nodes.dat"), "half a copy");
        reopen();
        assertEquals(quads, quads());
        assertFalse(Files.exists(leftover));
        maintenance.compact();
        assertEquals(List.of("Data-0002"), generationNames());
        assertEquals(quads, quads());
    }

    @Test
    void generationsLeftByAKillAfterTheSwitchAreDeletedByTheNextCompaction() throws IOException {
        reingest(3);
        long quads = quads();
        maintenance.compact();
        store.close();
        // as if a compaction had switched to Data-0002 and been killed before deleting Data-0001
        Path old = Files.createDirectories(location.resolve("Data-0001"));
        try (Stream<Path> files = Files.list(location.resolve("Data-0002"))) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        reopen();
        assertEquals(quads, quads());
        maintenance.compact();
        assertEquals(List.of("Data-0003"), generationNames());
        assertEquals(quads, quads());
    }

    @Test
    void backupIsASnapshotOfWholeGraphsWhileWritesGoOn() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        DatasetGraph dsg = store.dataset();
        Thread writer = new Thread(() -> {
            for (int round = 0; writing.get(); round++) {
                Node round_ = NodeFactory.createLiteralString("round " + round);
                for (int g = 0; g < 5; g++) {
                    Node graph = NodeFactory.createURI("http://example.org/graph/" + g);
                    Txn.executeWrite(dsg, () -> {
                        dsg.removeGraph(graph);
                        for (int i = 0; i < 40; i++) {
                            dsg.add(graph, NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"), round_);
                        }
                    });
                }
            }
        });
        writer.start();
        try {
            Thread.sleep(300);
            for (int b = 0; b < 5; b++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                maintenance.backup(out);
                DatasetGraph copy = DatasetGraphFactory.create();
                RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))).lang(Lang.NQUADS).parse(copy);
                for (var names = copy.listGraphNodes(); names.hasNext(); ) {
                    Node graph = names.next();
                    List<Quad> in = copy.stream(graph, Node.ANY, Node.ANY, Node.ANY).toList();
                    Set<Node> rounds = new HashSet<>();
                    in.forEach(q -> rounds.add(q.getObject()));
                    assertEquals(40, in.size(), graph + " is whole");
                    assertEquals(1, rounds.size(), graph + " is from one write: " + rounds);
                }
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void compactionIsDueOnceTheStoreHasGrownByTheFactorOrWasNeverCompactedAndIsBigEnough() {
        assertFalse(ScheduledCompaction.due(140, Optional.of(100L), 1.5, 0));
        assertTrue(ScheduledCompaction.due(150, Optional.of(100L), 1.5, 0));
        assertFalse(ScheduledCompaction.due(150, Optional.of(100L), 1.5, 151));
        assertTrue(ScheduledCompaction.due(1_000_000, Optional.of(1L), 1.5, 1_000));
        // never compacted: its first compaction, once it is big enough, gives the yardstick
        assertTrue(ScheduledCompaction.due(1_000, Optional.empty(), 1.5, 1_000));
        assertFalse(ScheduledCompaction.due(999, Optional.empty(), 1.5, 1_000));
    }
}
