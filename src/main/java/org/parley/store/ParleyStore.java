package org.parley.store;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.config.ParleyConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded TDB2 store: one named graph per article, the ontology in a graph of its own, and the
 * union of all named graphs as the default graph for queries. Opened on first use, so that commands
 * that talk to a remote endpoint never touch the disk.
 */
@ApplicationScoped
public class ParleyStore {
    private final Path location;
    private final Duration closeGrace;
    private DatasetGraph dataset;
    private final ReadWriteLock readers = new ReentrantReadWriteLock();

    @Inject
    public ParleyStore(ParleyConfig config) {
        // no query holds its read transaction longer than the query timeout
        this(config.store(), config.queryTimeout());
    }

    public ParleyStore(Path location) {
        this(location, Duration.ZERO);
    }

    /**
     * @param closeGrace how long {@link #close()} (and a compaction, for the old generation) waits for running
     *                   transactions before it lets the store go anyway
     */
    public ParleyStore(Path location, Duration closeGrace) {
        this.location = location;
        this.closeGrace = closeGrace;
    }

    /**
     * Runs {@code action} in a read transaction of the store. Every read goes through here, so that a compaction can
     * switch the store to its new generation while no read is under way: TDB2 ends a transaction on the generation
     * in use when it ends, so a read that began on the old generation and ended on the new one would fail, and the
     * old generation would wait for it for good.
     */
    public <T> T read(Function<DatasetGraph, T> action) {
        readers.readLock().lock();
        try {
            DatasetGraph dsg = dataset();
            return Txn.calculateRead(dsg, () -> action.apply(dsg));
        } finally {
            readers.readLock().unlock();
        }
    }

    /** {@link #read} for an action that returns nothing, such as writing the whole store out. */
    public void readThrough(Consumer<DatasetGraph> action) {
        read(dsg -> {
            action.accept(dsg);
            return null;
        });
    }

    /** Runs {@code action} once the reads under way have ended, and lets none begin meanwhile. */
    void withoutReaders(Runnable action) {
        readers.writeLock().lock();
        try {
            action.run();
        } finally {
            readers.writeLock().unlock();
        }
    }

    /**
     * The dataset, opened if need be. Read through {@link #read}; write transactions may use it directly (a
     * compaction holds writers back on its own).
     */
    public synchronized DatasetGraph dataset() {
        if (dataset == null) {
            dataset = open(location);
        }
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** How long a running read transaction may still take: the query timeout. */
    public Duration readerGrace() {
        return closeGrace;
    }

    static DatasetGraph open(Path location) {
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create store folder " + location + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(location));
        } catch (RuntimeException e) {
            throw StoreUnavailableException.from(location, e);
        }
        // The union of the article graphs is what users query by default.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    @PreDestroy
    public synchronized void close() {
        if (dataset == null) {
            return;
        }
        // expel, not just close: it releases the folder's lock for the next process. A server stopped while it
        // answers still has queries in their read transactions: they are given the grace to finish, then the store
        // is let go anyway, which is safe because TDB2 only ever replays committed transactions when it opens.
        long deadline = System.nanoTime() + closeGrace.toNanos();
        while (true) {
            try {
                TDBInternal.expel(dataset);
                break;
            } catch (TransactionException e) {
                if (System.nanoTime() >= deadline) {
                    TDBInternal.expel(dataset, true);
                    break;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    TDBInternal.expel(dataset, true);
                    break;
                }
            }
        }
        dataset = null;
    }

    /** Thrown when the store cannot be opened; its message is meant for the user. */
    public static final class StoreUnavailableException extends RuntimeException {
        StoreUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }

        static StoreUnavailableException from(Path location, RuntimeException e) {
            String detail = String.valueOf(e.getMessage());
            if (detail.toLowerCase().contains("lock")) {
                return new StoreUnavailableException("the store " + location
                        + " is in use by another process (a running 'parley serve'?); use --endpoint http://HOST:PORT/ to"
                        + " talk to that server instead", e);
            }
            return new StoreUnavailableException("cannot open the store " + location + ": " + detail, e);
        }
    }
}
