package org.parley.cli;

import org.apache.jena.riot.RDFFormat;
import org.parley.store.StoreOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code parley export}: the whole store as N-Quads or TriG, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write every graph of the store as N-Quads or TriG.")
public class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "nq", paramLabel = "nq|trig", description = "Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path file;

    private final StoreOperations operations;

    public ExportCommand(StoreOperations operations) {
        this.operations = operations;
    }

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = switch (format) {
            case "nq" -> RDFFormat.NQUADS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            default -> throw new UserException("--format must be nq or trig, not " + format);
        };
        if (file == null) {
            operations.export(System.out, rdfFormat);
            System.out.flush();
            return 0;
        }
        // Written beside the target and moved into place, so a failed export leaves no truncated file.
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            operations.export(out, rdfFormat);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("parley: wrote " + file);
        return 0;
    }
}
