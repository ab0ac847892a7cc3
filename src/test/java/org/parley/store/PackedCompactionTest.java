package org.parley.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packed compaction against the same data kept in memory: every pattern of every index answers alike, before
 * and after writes that follow a compaction, and writers that arrive during one go on to the new generation.
 */
class PackedCompactionTest {
    private static final String EX = "http://example.org/";

    @TempDir
    Path dir;
    private ParleyStore store;
    private final DatasetGraph expected = DatasetGraphFactory.createTxnMem();
    private final Random random = new Random(7);

    @BeforeEach
    void open() {
        store = new ParleyStore(dir.resolve("tdb2"), Duration.ofSeconds(5));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Every kind of term TDB2 stores differently: IRIs, blank nodes, strings, language tags, inline values. */
    private Node term(int i) {
        return switch (i % 11) {
            case 0 -> NodeFactory.createURI(EX + "thing/" + i);
            case 1 -> NodeFactory.createBlankNode("b" + i);
            case 2 -> NodeFactory.createLiteralString("text " + i + " ".repeat(i % 7) + "é");
            case 3 -> NodeFactory.createLiteralLang("mot " + i, i % 2 == 0 ? "fr" : "en-GB");
            case 4 -> NodeFactory.createLiteralDT(Integer.toString(i - 500), XSDDatatype.XSDinteger);
            case 5 -> NodeFactory.createLiteralDT(Long.toString((1L << 60) + i), XSDDatatype.XSDinteger); // too big to inline
            case 6 -> NodeFactory.createLiteralDT(i + ".25", XSDDatatype.XSDdecimal);
            case 7 -> NodeFactory.createLiteralDT("2024-03-%02dT10:00:00Z".formatted(1 + i % 28), XSDDatatype.XSDdateTime);
            case 8 -> NodeFactory.createLiteralDT("2024-02-%02d".formatted(1 + i % 28), XSDDatatype.XSDdate);
            case 9 -> NodeFactory.createLiteralDT(i % 2 == 0 ? "true" : "false", XSDDatatype.XSDboolean);
            default -> NodeFactory.createLiteralString("long " + "x".repeat(200 + i));
        };
    }

    private Quad randomQuad(int graphs) {
        Node g = random.nextInt(5) == 0 ? Quad.defaultGraphIRI : NodeFactory.createURI(EX + "graph/" + random.nextInt(graphs));
        Node s = random.nextBoolean() ? NodeFactory.createURI(EX + "s/" + random.nextInt(300)) : NodeFactory.createBlankNode("s" + random.nextInt(50));
        Node p = NodeFactory.createURI(EX + "p/" + random.nextInt(12));
        return Quad.create(g, s, p, term(random.nextInt(2000)));
    }

    /** Adds and deletes in many transactions, as re-ingestion does, in the store and in the expectation alike. */
    private void churn(int rounds, int graphs) {
        DatasetGraph dsg = store.dataset();
        for (int round = 0; round < rounds; round++) {
            List<Quad> added = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                added.add(randomQuad(graphs));
            }
            Node dropped = NodeFactory.createURI(EX + "graph/" + random.nextInt(graphs));
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(dropped, Node.ANY, Node.ANY, Node.ANY);
                added.forEach(dsg::add);
            });
            Txn.executeWrite(expected, () -> {
                expected.deleteAny(dropped, Node.ANY, Node.ANY, Node.ANY);
                added.forEach(expected::add);
            });
        }
    }

    private static Set<Quad> find(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> found = new HashSet<>();
            dsg.find(g, s, p, o).forEachRemaining(found::add);
            return found;
        });
    }

    private static void assertSame(Set<Quad> expected, Set<Quad> actual, String what) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    /** Every quad, and for each stored quad every pattern with one or two positions bound: all nine indexes answer. */
    private void assertSameAsExpected() {
        DatasetGraph dsg = store.dataset();
        Set<Quad> all = find(expected, Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        assertSame(all, find(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY), "every quad");
        Node any = Node.ANY;
        for (Quad q : all.stream().limit(150).toList()) {
            Node g = q.getGraph(), s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            for (Node[] pattern : new Node[][] {{g, s, any, any}, {g, any, p, any}, {g, any, any, o}, {g, s, p, o},
                    {any, s, any, any}, {any, any, p, any}, {any, any, any, o}, {any, s, p, any}, {any, any, p, o}, {g, any, any, any}}) {
                assertSame(find(expected, pattern[0], pattern[1], pattern[2], pattern[3]),
                        find(dsg, pattern[0], pattern[1], pattern[2], pattern[3]), "pattern " + List.of(pattern));
            }
        }
    }

    @Test
    void aPackedStoreAnswersEveryPatternAsTheOriginalDidAndTakesLessRoom() {
        churn(300, 40);
        assertSameAsExpected();
        var compaction = new StoreMaintenance(store).compact();
        assertSameAsExpected();
        assertTrue(compaction.bytesAfter() < compaction.bytesBefore() / 2, "packed and without garbage: " + compaction);
        store.close();
        store = new ParleyStore(dir.resolve("tdb2"), Duration.ofSeconds(5));
        assertSameAsExpected();
    }

    @Test
    void writesAfterACompactionAndASecondCompactionKeepEverything() {
        churn(100, 20);
        new StoreMaintenance(store).compact();
        churn(100, 30); // new nodes after the packed ones, deletions inside packed blocks
        assertSameAsExpected();
        new StoreMaintenance(store).compact();
        assertSameAsExpected();
        assertEquals(List.of("Data-0003"), new StoreMaintenance(store).generations().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void writersAndReadersDuringACompactionGoOnAndWritesLandInTheNewGeneration() throws Exception {
        churn(200, 40);
        DatasetGraph dsg = store.dataset();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Quad> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            written.add(Quad.create(NodeFactory.createURI(EX + "late"), NodeFactory.createURI(EX + "s/" + i),
                    NodeFactory.createURI(EX + "p/late"), NodeFactory.createLiteralString("during " + i)));
        }
        Thread writer = new Thread(() -> {
            try {
                for (Quad q : written) {
                    Txn.executeWrite(dsg, () -> dsg.add(q));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        // a reader, reading as Parley does, never sees fewer of those quads than it saw before, nor an error, across the switch
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            long seen = 0;
            try {
                while (writer.isAlive() || seen < written.size()) {
                    long now = store.read(d -> Iter.count(d.find(NodeFactory.createURI(EX + "late"), Node.ANY, Node.ANY, Node.ANY)));
                    if (now < seen) {
                        throw new AssertionError("saw " + now + " after " + seen);
                    }
                    seen = now;
                }
            } catch (Throwable t) {
                readFailure.set(t);
            }
        });
        writer.start();
        reader.start();
        new StoreMaintenance(store).compact();
        writer.join();
        reader.join(60_000);
        assertNull(failure.get());
        assertNull(readFailure.get());
        Txn.executeWrite(expected, () -> written.forEach(expected::add));
        assertSameAsExpected();
        store.close();
        store = new ParleyStore(dir.resolve("tdb2"), Duration.ofSeconds(5));
        assertSameAsExpected();
        assertFalse(Files.exists(dir.resolve("tdb2").resolve("Data-0001")));
    }
}
