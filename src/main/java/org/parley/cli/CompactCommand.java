package org.parley.cli;

import org.parley.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code parley compact}: reclaims the space of replaced and deleted quads. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: copy its live quads into a new generation and delete the old one.",
                "A running 'parley serve' compacts its store on a schedule (parley.compaction.*) instead."})
public class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    private final StoreMaintenance maintenance;

    public CompactCommand(StoreMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Integer call() {
        StoreMaintenance.Compaction c = maintenance.compact();
        System.err.printf("parley: compacted %s: %,d -> %,d bytes in %.1f s%n", maintenance.generations().get(0),
                c.bytesBefore(), c.bytesAfter(), c.took().toMillis() / 1000.0);
        return 0;
    }
}
