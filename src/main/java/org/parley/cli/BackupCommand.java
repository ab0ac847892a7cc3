package org.parley.cli;

import org.parley.config.ParleyConfig;
import org.parley.store.StoreMaintenance;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * {@code parley backup}: a consistent snapshot of the store as gzipped N-Quads. A store held by a running server is
 * locked, so {@code --endpoint} asks that server for the snapshot ({@code GET /backup} with the update token).
 * Restore with {@code parley load FILE} into an empty store folder.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of the store as gzipped N-Quads (FILE.nq.gz).",
                "While 'parley serve' runs, use --endpoint (and the update token).",
                "Restore: parley load --store NEW_DIR FILE.nq.gz"})
public class BackupCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    StoreTarget target = new StoreTarget();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The server's update token, with --endpoint (default: PARLEY_UPDATE_TOKEN).")
    String token;

    @Parameters(arity = "1", paramLabel = "FILE", description = "Backup file, e.g. backup.nq.gz; written whole or not at all.")
    Path file;

    private final StoreMaintenance maintenance;
    private final ParleyConfig config;

    public BackupCommand(StoreMaintenance maintenance, ParleyConfig config) {
        this.maintenance = maintenance;
        this.config = config;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Written beside the target and moved into place once checked, so a failed backup leaves no truncated file.
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".backup", ".tmp");
        try {
            if (target.endpoint != null) {
                fetch(URI.create(target.endpoint).resolve("backup"), tmp);
            } else {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    maintenance.backup(out);
                }
            }
            long quads = countQuads(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("parley: backed up %,d quads to %s%n", quads, file);
            return 0;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void fetch(URI uri, Path into) throws IOException, InterruptedException {
        Optional<String> bearer = Optional.ofNullable(token).or(config::updateToken);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        bearer.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UserException("cannot reach " + uri + ": " + e.getMessage() + "; no backup was written");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String reason = switch (response.statusCode()) {
                    case 401 -> "the server wants the update token (--token or PARLEY_UPDATE_TOKEN)";
                    case 403 -> "the server refused the token (or has writes off)";
                    default -> "the server answered " + response.statusCode();
                };
                throw new UserException(uri + ": " + reason + "; no backup was written");
            }
            Files.copy(body, into, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads the whole file back: a cut-off transfer fails here, before the file is moved into place. */
    private static long countQuads(Path gz) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    n++;
                }
            }
            return n;
        } catch (ZipException | java.io.EOFException e) {
            throw new UserException("the backup is incomplete (" + e.getMessage() + "); no backup was written");
        }
    }
}
