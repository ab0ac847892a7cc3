package org.parley.cli;

import org.parley.store.StoreOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code parley stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count graphs, quads, articles, meetings, disputes, entities.")
public class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    private final StoreOperations operations;

    public StatsCommand(StoreOperations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() {
        operations.stats().forEach((name, n) -> System.out.printf("%-22s %d%n", name, n));
        return 0;
    }
}
