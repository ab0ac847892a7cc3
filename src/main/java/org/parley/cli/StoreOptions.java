package org.parley.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code --store}, shared by the commands that use the embedded store. Its value reaches the store
 * through configuration ({@link LaunchSettings}); it is declared here for help and checking.
 */
public class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Folder of the TDB2 store (default: PARLEY_STORE or ./data/tdb2).")
    Path store;
}
