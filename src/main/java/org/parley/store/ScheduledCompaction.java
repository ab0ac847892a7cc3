package org.parley.store;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;

import java.util.Optional;

/**
 * Compacts the store of a serving process when it has grown by {@code parley.compaction.growth} since its last
 * compaction. The scheduler runs only under {@code serve} and {@code demo}; one-off commands use {@code parley compact}.
 */
@ApplicationScoped
public class ScheduledCompaction {
    private static final Logger LOG = Logger.getLogger(ScheduledCompaction.class);

    private final StoreMaintenance maintenance;
    private final ParleyConfig.Compaction config;

    public ScheduledCompaction(StoreMaintenance maintenance, ParleyConfig config) {
        this.maintenance = maintenance;
        this.config = config.compaction();
    }

    @Scheduled(identity = "store-compaction", every = "${parley.compaction.every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!maintenance.exists()) {
            return; // serve opens the store just after the scheduler starts
        }
        try {
            long size = maintenance.sizeOnDisk();
            Optional<Long> compacted = maintenance.compactedSize();
            if (compacted.isEmpty()) {
                // a store never compacted: its size now is the yardstick for its growth
                maintenance.writeCompactedSize(size);
            } else if (due(size, compacted.get(), config.growth(), config.minBytes())) {
                StoreMaintenance.Compaction c = maintenance.compact();
                LOG.infof("compacted the store: %d -> %d bytes in %d ms", c.bytesBefore(), c.bytesAfter(), c.took().toMillis());
            }
        } catch (RuntimeException e) {
            // the next check tries again; a failed compaction leaves the store as it was
            LOG.errorf(e, "scheduled compaction of the store failed");
        }
    }

    /** Whether a store of {@code size} bytes, {@code compacted} right after its last compaction, is worth compacting. */
    static boolean due(long size, long compacted, double growth, long minBytes) {
        return size >= minBytes && size >= growth * compacted;
    }
}
