package org.parley.cli;

import io.quarkus.runtime.Quarkus;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code parley serve}: the SPARQL endpoint and linked-data pages over the embedded store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP: SPARQL 1.1 endpoint at /sparql, linked-data pages.")
public class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    private final ParleyStore store;

    public ServeCommand(ParleyStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        store.dataset();
        System.err.println("parley: serving " + store.location() + " at http://localhost:" + port + "/sparql");
        Quarkus.waitForExit();
        return 0;
    }
}
