package org.parley.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The write mark that tells the scheduled compaction when to measure the store, on a real TDB2 store. */
class WriteMarkTest {
    @TempDir
    Path dir;
    private ParleyStore store;
    private StoreMaintenance maintenance;

    @BeforeEach
    void open() {
        store = new ParleyStore(dir.resolve("tdb2"));
        maintenance = new StoreMaintenance(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void write(int i) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("http://example.org/g"), NodeFactory.createURI("http://example.org/s" + i),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("v")));
    }

    @Test
    void aCommittedWriteMovesTheMarkAndAReadDoesNot() {
        write(0);
        var before = maintenance.writeMark();
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {}));
        assertEquals(before, maintenance.writeMark());
        write(1);
        assertNotEquals(before, maintenance.writeMark());
    }

    @Test
    void aRunningWriteMovesTheMarkAndSoDoesItsEnd() throws Exception {
        var idle = maintenance.writeMark();
        DatasetGraph dsg = store.dataset();
        var during = new StoreMaintenance.WriteMark[1];
        Thread writer = new Thread(() -> Txn.executeWrite(dsg, () -> during[0] = maintenance.writeMark()));
        writer.start();
        writer.join();
        assertNotEquals(idle, during[0]);
        assertNotEquals(during[0], maintenance.writeMark(), "the write's end is a move of its own");
    }

    @Test
    void aCompactionStartsANewGenerationWhoseMarkDiffers() {
        write(0);
        var before = maintenance.writeMark();
        maintenance.compact();
        assertNotEquals(before, maintenance.writeMark());
    }
}
