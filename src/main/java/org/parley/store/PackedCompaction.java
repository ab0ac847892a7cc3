package org.parley.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Compacts a TDB2 store into a new generation whose indexes are packed full. TDB2's own compaction inserts every
 * quad again, which leaves the B+tree leaves about half full, so its copy is as large as a fresh load, and while
 * it runs the old generation and that copy are both on disk. Here the node table is copied in the order of its
 * ids, which keeps their order, so each index can be read in its own order, its ids replaced by the new ones and
 * written by the bulk loader's B+tree rewriter, full blocks one after the other: the copy is about half a fresh
 * load, and it is written in one pass.
 * <p>
 * The rest is TDB2's compaction, step for step: writers wait while the copy is made and readers go on; the copy is
 * made in {@code Data-NNNN-tmp} and renamed when complete (TDB2 deletes a leftover {@code -tmp} folder when it opens
 * the store, so a process killed meanwhile leaves the old generation in use); the new generation's transaction
 * coordinator takes over from the old one and the store switches to it, once the reads under way have ended
 * ({@link ParleyStore#read}), and the old generation is released.
 */
final class PackedCompaction {
    private static final Logger LOG = Logger.getLogger(PackedCompaction.class);
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

    private PackedCompaction() {}

    static void compact(ParleyStore store) {
        DatasetGraph dataset = store.dataset();
        if (!(dataset instanceof DatasetGraphSwitchable container) || !(container.get() instanceof DatasetGraphTDB current)) {
            throw new IllegalArgumentException("not a TDB2 store on disk: " + dataset.getClass().getName());
        }
        Location oldLocation = current.getLocation();
        Path oldGeneration = Path.of(oldLocation.getDirectoryPath());
        Matcher m = GENERATION.matcher(oldGeneration.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("not a generation folder: " + oldGeneration);
        }
        Path newGeneration = oldGeneration.resolveSibling("Data-%04d".formatted(Integer.parseInt(m.group(1)) + 1));
        Path copyFolder = newGeneration.resolveSibling(newGeneration.getFileName() + "-tmp");
        if (Files.exists(newGeneration) || Files.exists(copyFolder)) {
            throw new IllegalStateException("cannot compact: " + newGeneration + " or " + copyFolder + " is already there");
        }
        TransactionCoordinator oldCoordinator = current.getTxnSystem().getTxnMgr();
        AtomicBoolean switched = new AtomicBoolean();
        try {
            Files.createDirectory(copyFolder);
            container.execReadOnlyDatabase(() -> {
                copyConfiguration(oldGeneration, copyFolder);
                Location copyLocation = Location.create(copyFolder);
                DatasetGraphTDB copy = StoreConnection.connectCreate(copyLocation).getDatasetGraphTDB();
                Txn.executeRead(current, () -> {
                    NodeIdMap ids = copyNodes(current, copy);
                    List<String> indexes = new ArrayList<>(List.of(current.getStoreParams().getTripleIndexes()));
                    indexes.addAll(List.of(current.getStoreParams().getQuadIndexes()));
                    for (String index : indexes) {
                        pack(current, copy, index, ids);
                    }
                });
                StoreConnection.internalExpel(copyLocation, true);
                move(copyFolder, newGeneration);
                DatasetGraphTDB compacted = StoreConnection.connectCreate(Location.create(newGeneration)).getDatasetGraphTDB();
                TransactionCoordinator newCoordinator = compacted.getTxnSystem().getTxnMgr();
                // no read may straddle the switch: it would begin on one generation and end on the other
                store.withoutReaders(() -> newCoordinator.execExclusive(() -> {
                    newCoordinator.takeOverFrom(oldCoordinator);
                    newCoordinator.modifyConfigDirect(() -> oldCoordinator.listExternals().forEach(newCoordinator::addExternal));
                    if (!container.change(current, compacted)) {
                        container.set(compacted);
                    }
                    switched.set(true);
                }));
            });
        } catch (IOException e) {
            abandon(copyFolder, newGeneration, switched.get());
            throw new UncheckedIOException("cannot compact " + oldGeneration + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            abandon(copyFolder, newGeneration, switched.get());
            throw e;
        }
        // New transactions go to the new generation. Reads that bypass the store's gate (none in Parley) could still
        // be on the old one: they get the query timeout to end, then the old generation is let go, rather than waited
        // for without a bound as TDB2's own compaction does. The caller deletes its folder.
        long deadline = System.nanoTime() + store.readerGrace().toNanos();
        while (oldCoordinator.countActive() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        StoreConnection.internalExpel(oldLocation, true);
    }

    /**
     * Old node ids and their new ones, as the indexes store them (eight bytes each), sorted: sixteen bytes a node,
     * so that a store of millions of nodes is mapped in a few tens of megabytes. Ids are kept with their sign bit
     * flipped, which makes their signed order the indexes' unsigned one.
     */
    private record NodeIdMap(long[] from, long[] to) {
        /** The new id of a stored one; fails for an id the node table did not hold. */
        long map(long stored) {
            int i = Arrays.binarySearch(from, stored ^ Long.MIN_VALUE);
            if (i < 0) {
                throw new IllegalStateException("an index names node " + nodeId(stored) + ", which the node table does not hold");
            }
            return to[i] ^ Long.MIN_VALUE;
        }
    }

    /**
     * Copies every node in the order of its id, so that the new ids keep the old ones' order, and returns the
     * mapping. Inline values (numbers, dates) are not in the node table; they keep their ids.
     */
    private static NodeIdMap copyNodes(DatasetGraphTDB from, DatasetGraphTDB to) {
        NodeTable source = from.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        // the table under the inline and cache layers, so that every node keeps its kind of id
        NodeTable target = to.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        // the table lists its nodes in the order of its hash index, not of their ids
        LongStream.Builder ids = LongStream.builder();
        source.all().forEachRemaining(entry -> ids.add(stored(entry.getLeft()) ^ Long.MIN_VALUE));
        long[] oldIds = ids.build().sorted().toArray();
        long[] newIds = new long[oldIds.length];
        Txn.executeWrite(to, () -> {
            for (int i = 0; i < oldIds.length; i++) {
                NodeId old = nodeId(oldIds[i] ^ Long.MIN_VALUE);
                newIds[i] = stored(target.getAllocateNodeId(source.getNodeForNodeId(old))) ^ Long.MIN_VALUE;
                if (i > 0 && newIds[i] <= newIds[i - 1]) {
                    throw new IllegalStateException("the copied node table's ids would not keep their order at " + old);
                }
            }
            to.prefixes().putAll(from.prefixes());
        });
        return new NodeIdMap(oldIds, newIds);
    }

    /** A node id as the indexes store it. */
    private static long stored(NodeId id) {
        byte[] bytes = new byte[SystemTDB.SizeOfNodeId];
        NodeIdFactory.set(id, bytes, 0);
        return ByteBuffer.wrap(bytes).getLong();
    }

    private static NodeId nodeId(long stored) {
        return NodeIdFactory.get(ByteBuffer.allocate(SystemTDB.SizeOfNodeId).putLong(0, stored).array(), 0);
    }

    /** Writes one index of the copy, packed, from the same index of the original read in its order. */
    private static void pack(DatasetGraphTDB from, DatasetGraphTDB to, String name, NodeIdMap ids) {
        BPlusTree source = (BPlusTree) ((TupleIndexRecord) TDBInternal.findIndex(from, name)).getRangeIndex();
        TupleIndexRecord targetIndex = (TupleIndexRecord) TDBInternal.findIndex(to, name);
        BPlusTree target = (BPlusTree) targetIndex.getRangeIndex();
        Iterator<Record> records = new MappedRecords(source.iterator(), ids, target.getRecordFactory());
        if (!records.hasNext()) {
            return; // the rewriter needs at least one record; the copy's index is already empty
        }
        CoLib.executeWrite(targetIndex, () -> BPlusTreeRewriter.packIntoBPlusTree(records, target.getParams(),
                target.getRecordFactory(), target.getStateManager().getBufferChannel(),
                target.getNodeManager().getBlockMgr(), target.getRecordsMgr().getBlockMgr()));
    }

    /** An index's records with their node ids replaced; fails if the result were not strictly ascending. */
    private static final class MappedRecords implements Iterator<Record> {
        private final Iterator<Record> source;
        private final NodeIdMap map;
        private final RecordFactory factory;
        private byte[] previous;

        MappedRecords(Iterator<Record> source, NodeIdMap map, RecordFactory factory) {
            this.source = source;
            this.map = map;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] key = source.next().getKey();
            ByteBuffer ids = ByteBuffer.wrap(key);
            ByteBuffer mapped = ByteBuffer.allocate(key.length);
            for (int offset = 0; offset < key.length; offset += SystemTDB.SizeOfNodeId) {
                long id = ids.getLong(offset);
                mapped.putLong(offset, NodeIdFactory.get(key, offset).isInline() ? id : map.map(id));
            }
            if (previous != null && Arrays.compareUnsigned(previous, mapped.array()) >= 0) {
                throw new IllegalStateException("the copied index would not be in order");
            }
            previous = mapped.array();
            return factory.create(previous);
        }
    }

    /** The files that say how the generation is laid out: TDB2's own compaction copies the same ones. */
    private static void copyConfiguration(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("tdb.cfg") || p.getFileName().toString().endsWith(".opt")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the configuration of " + from + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes what a failed compaction wrote. A complete copy that the store has not switched to must go too: the next
     * start would take the newest generation, and lose the writes made to the old one since.
     */
    private static void abandon(Path copyFolder, Path newGeneration, boolean switched) {
        deleteQuietly(copyFolder);
        if (!switched && Files.exists(newGeneration)) {
            StoreConnection.internalExpel(Location.create(newGeneration), true);
            try {
                StoreMaintenance.deleteTree(newGeneration);
            } catch (IOException e) {
                LOG.errorf("cannot delete %s, a compaction's copy the store never switched to: delete it before the"
                        + " store is opened again, or that start takes it and loses the writes made since (%s)", newGeneration, e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (Files.exists(folder)) {
            try {
                StoreMaintenance.deleteTree(folder);
            } catch (IOException ignored) {
                // TDB2 deletes a leftover -tmp folder when it next opens the store
            }
        }
    }
}
