package org.parley.cli;

import io.quarkus.runtime.Quarkus;
import org.parley.ingest.IngestService;
import org.parley.ingest.IngestSummary;
import org.parley.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code parley demo}: ingests the sample articles (once; unchanged ones are skipped) and serves the store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest samples/ into the store and serve it at http://localhost:PORT/.")
public class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Folder of articles (default: ${DEFAULT-VALUE}).")
    Path samples;

    private final IngestService ingest;
    private final TdbArticleStore store;

    public DemoCommand(IngestService ingest, TdbArticleStore store) {
        this.ingest = ingest;
        this.store = store;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            throw new UserException("no sample folder " + samples + "; run the demo from the project root");
        }
        store.ensureOntology();
        IngestSummary summary = ingest.ingest(new IngestService.Request(List.of(samples.toString()), Optional.empty(), 0),
                store, IngestCommand::report);
        System.err.println("parley: " + summary.line());
        System.err.println("parley: serving at http://localhost:" + port + "/  (SPARQL endpoint: http://localhost:" + port
                + "/sparql; Ctrl-C stops)");
        Quarkus.waitForExit();
        return 0;
    }
}
