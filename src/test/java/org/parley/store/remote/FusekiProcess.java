package org.parley.store.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone Jena Fuseki server ({@code jena-fuseki-server} jar, which Maven copies to
 * {@code target/fuseki/}) run as a separate process on loopback, with one dataset {@code /ds} in a TDB2
 * folder whose default graph is the union of its named graphs, as Parley's is. It can be stopped and started
 * again on the same port and folder, as an operator restarting a store would.
 */
public final class FusekiProcess implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;

    /** Starts Fuseki over a TDB2 store in {@code dir}. */
    public FusekiProcess(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.port = freePort();
        this.config = dir.resolve("fuseki.ttl");
        Files.writeString(config, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                <#service> rdf:type fuseki:Service ;
                    fuseki:name "ds" ;
                    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ] ;
                    fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                    fuseki:dataset <#dataset> .
                <#dataset> rdf:type tdb2:DatasetTDB2 ;
                    tdb2:location "%s" ;
                    tdb2:unionDefaultGraph true .
                """.formatted(dir.resolve("tdb2").toAbsolutePath().toString().replace("\\", "/")));
        start();
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests through Maven, which copies it there");
        }
        return jar;
    }

    /** Starts the server (again) and waits until it answers. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar().toAbsolutePath().toString(), "--localhost", "--port", Integer.toString(port),
                "--config", config.toAbsolutePath().toString());
        // Fuseki keeps its working files (run/) under FUSEKI_BASE, by default in the working directory
        pb.environment().put("FUSEKI_BASE", dir.resolve("run").toAbsolutePath().toString());
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile()));
        process = pb.start();
        awaitUp();
    }

    /** Stops the server as an operator would (SIGTERM) and waits until it is gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public int port() {
        return port;
    }

    /** The address of one of the dataset's services: {@code sparql}, {@code update} or {@code get}. */
    public String url(String service) {
        return "http://localhost:" + port + "/ds/" + service;
    }

    private void awaitUp() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited: " + String.join("\n", tail()));
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Fuseki did not answer within " + STARTUP + ": " + String.join("\n", tail()));
    }

    private List<String> tail() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("fuseki.log"));
        return lines.subList(Math.max(0, lines.size() - 20), lines.size());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
