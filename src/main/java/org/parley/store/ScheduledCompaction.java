package org.parley.store;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Compacts the store of a serving process when it has grown to {@code parley.compaction.growth} times its size
 * after its last compaction. The store grows only when a write commits, so a thread of its own looks at the
 * store's write counters every {@code parley.compaction.after-writes} (100 ms) and measures the store as soon
 * as a write has begun or ended: a store written back to back (15 to 20 MB/s of garbage in {@code bench/store-growth})
 * then passes the mark only by what is written while it is measured (there, 0.05 of a fresh load at the median
 * and 0.11 at most), where a check every 5 s let it pass by up to 0.7.
 * The scheduled check ({@code parley.compaction.every}) starts that thread once {@code serve} has opened the store
 * and measures between writes too. The scheduler runs only under {@code serve} and {@code demo}; one-off
 * commands use {@code parley compact}.
 */
@ApplicationScoped
public class ScheduledCompaction {
    private static final Logger LOG = Logger.getLogger(ScheduledCompaction.class);

    private final StoreMaintenance maintenance;
    private final ParleyConfig.Compaction config;
    private final AtomicReference<Thread> watcher = new AtomicReference<>();
    private volatile boolean stopped;

    public ScheduledCompaction(StoreMaintenance maintenance, ParleyConfig config) {
        this.maintenance = maintenance;
        this.config = config.compaction();
    }

    @Scheduled(identity = "store-compaction", every = "${parley.compaction.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!maintenance.exists()) {
            return; // serve opens the store just after the scheduler starts
        }
        startWatching();
        check();
    }

    private void startWatching() {
        Thread t = new Thread(this::watch, "store-compaction");
        t.setDaemon(true);
        if (!stopped && watcher.compareAndSet(null, t)) {
            t.start();
        }
    }

    /** Measures the store whenever its writes have moved on since it was last measured. */
    private void watch() {
        StoreMaintenance.WriteMark measured = null;
        while (!stopped) {
            try {
                Thread.sleep(config.afterWrites().toMillis());
                if (stopped) {
                    return;
                }
                StoreMaintenance.WriteMark now = maintenance.writeMark();
                if (!now.equals(measured)) {
                    measured = now;
                    check();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "watching the store's writes failed; the scheduled check goes on");
                return;
            }
        }
    }

    synchronized void check() {
        if (stopped) {
            return;
        }
        try {
            long size = maintenance.sizeOnDisk();
            if (due(size, maintenance.compactedSize(), config.growth(), config.minBytes())) {
                StoreMaintenance.Compaction c = maintenance.compact();
                LOG.infof("compacted the store: %d -> %d bytes in %d ms", c.bytesBefore(), c.bytesAfter(), c.took().toMillis());
            }
        } catch (RuntimeException e) {
            // the next write or check tries again; a failed compaction leaves the store as it was
            LOG.errorf(e, "scheduled compaction of the store failed");
        }
    }

    /**
     * Stops watching as the server begins to shut down, before the store is closed: a measure or a write mark asked
     * of the store afterwards would open it again, and hold its lock, in a process that is going away.
     */
    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        Thread w = watcher.get();
        if (w != null) {
            w.interrupt();
        }
    }

    /**
     * Whether a store of {@code size} bytes, {@code compacted} right after its last compaction, is worth compacting.
     * A store never compacted is, once it is big enough: its indexes are not packed, so its size is no yardstick, and
     * its first compaction gives one.
     */
    static boolean due(long size, Optional<Long> compacted, double growth, long minBytes) {
        return size >= minBytes && compacted.map(c -> size >= growth * c).orElse(true);
    }
}
