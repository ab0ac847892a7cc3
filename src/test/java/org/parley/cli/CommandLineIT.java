package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged {@code parley} command, run as a separate process on a store in a temporary folder. */
class CommandLineIT {
    private static final List<String> JVM = List.of("-Xmx512m");
    private static final String TTL = """
            @prefix ex: <http://example.org/> .
            ex:alice ex:knows ex:bob .
            ex:bob ex:name "Bob" .
            """;

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("tdb2").toString();
    }

    @Test
    void loadedTriplesAreQueryableAsJsonResults() throws Exception {
        Path data = Files.writeString(dir.resolve("people.ttl"), TTL);
        var load = ParleyProcess.run(JVM, "load", "--store", store(), "--graph", "http://example.org/g", data.toString());
        assertEquals(0, load.exitCode(), load.stderr());
        var query = ParleyProcess.run(JVM, "query", "--store", store(), "--format", "json",
                "-e", "SELECT ?name WHERE { ?s <http://example.org/name> ?name }");
        assertEquals(0, query.exitCode(), query.stderr());
        assertTrue(query.stdout().trim().startsWith("{"), query.stdout());
        assertTrue(query.stdout().contains("\"Bob\""), query.stdout());
    }

    @Test
    void anUnparsableFileLoadsNothingAndSaysWhichFile() throws Exception {
        Path good = Files.writeString(dir.resolve("good.ttl"), TTL);
        Path bad = Files.writeString(dir.resolve("bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        var load = ParleyProcess.run(JVM, "load", "--store", store(), good.toString(), bad.toString());
        assertEquals(1, load.exitCode());
        assertTrue(load.stderr().contains("bad.ttl"), load.stderr());
        assertTrue(load.stderr().contains("nothing was loaded"), load.stderr());
        assertFalse(load.stderr().contains("Exception"), load.stderr());
        var stats = ParleyProcess.run(JVM, "stats", "--store", store());
        assertTrue(stats.stdout().contains("quads                  0"), stats.stdout());
    }

    @Test
    void exportedNQuadsLoadIntoAnotherStore() throws Exception {
        Path data = Files.writeString(dir.resolve("people.ttl"), TTL);
        ParleyProcess.run(JVM, "load", "--store", store(), data.toString());
        Path dump = dir.resolve("dump.nq");
        var export = ParleyProcess.run(JVM, "export", "--store", store(), "--format", "nq", dump.toString());
        assertEquals(0, export.exitCode(), export.stderr());
        assertEquals(2, Files.readAllLines(dump).size());
        String other = dir.resolve("other").toString();
        assertEquals(0, ParleyProcess.run(JVM, "load", "--store", other, dump.toString()).exitCode());
        var count = ParleyProcess.run(JVM, "query", "--store", other, "--format", "csv",
                "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(count.stdout().contains("\n2"), count.stdout());
    }

    @Test
    void aBadQueryIsOneLineOnStderrAndExitCodeOne() throws Exception {
        var query = ParleyProcess.run(JVM, "query", "--store", store(), "-e", "SELECT WHERE {");
        assertEquals(1, query.exitCode());
        assertTrue(query.stderr().startsWith("parley: bad query"), query.stderr());
        assertFalse(query.stderr().contains("\tat "), query.stderr());
    }

    @Test
    void commandsOtherThanServeDoNotOpenTheHttpPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var stats = ParleyProcess.run(List.of("-Xmx512m", "-Dquarkus.http.port=" + taken.getLocalPort()),
                    "stats", "--store", store());
            assertEquals(0, stats.exitCode(), stats.stderr());
        }
    }

    @Test
    void aStoreHeldByARunningServerGivesAClearError() throws Exception {
        int port = ParleyProcess.freePort();
        Process server = ParleyProcess.start(JVM, null, "serve", "--store", store(), "--port", Integer.toString(port));
        try {
            ParleyProcess.awaitUp("http://localhost:" + port + "/q/health", Duration.ofSeconds(60));
            var stats = ParleyProcess.run(JVM, "stats", "--store", store());
            assertEquals(1, stats.exitCode());
            assertTrue(stats.stderr().contains("in use by another process"), stats.stderr());
            assertTrue(stats.stderr().contains("--endpoint"), stats.stderr());
            assertFalse(stats.stderr().contains("\tat "), stats.stderr());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aStopThatOverrunsItsLimitHaltsTheServerAndLogsEveryThread() throws Exception {
        int port = ParleyProcess.freePort();
        Path log = dir.resolve("server.log");
        // the stop waits for running requests for up to a minute, so a long query holds it past the 2 s limit
        Process server = ParleyProcess.startLogged(List.of("-Xmx512m", "-Dparley.shutdown-limit=2s",
                "-Dquarkus.shutdown.timeout=60s"), log, "serve", "--store", store(), "--port", Integer.toString(port));
        try {
            String base = "http://localhost:" + port + "/";
            ParleyProcess.awaitUp(base + "q/health", Duration.ofSeconds(60));
            String digits = "{ 0 1 2 3 4 5 6 7 8 9 }";
            StringBuilder query = new StringBuilder("SELECT (COUNT(*) AS ?n) WHERE {");
            for (char v = 'a'; v <= 'i'; v++) {
                query.append(" VALUES ?").append(v).append(' ').append(digits);
            }
            HttpClient http = HttpClient.newHttpClient();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "sparql"))
                    .POST(HttpRequest.BodyPublishers.ofString(query.append(" }").toString()))
                    .header("Content-Type", "application/sparql-query").build(), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1500); // the query is under way
            long start = System.nanoTime();
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "halted, not left hanging");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String logText = Files.readString(log);
            assertEquals(ShutdownDeadline.HALTED, server.exitValue(), logText);
            assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "took " + took);
            assertTrue(logText.contains(ShutdownDeadline.OVERRUN + " PT2S"), logText);
            // the dump names the threads and their frames: what is needed to find why a stop hung
            assertTrue(logText.contains("\"shutdown-deadline\" RUNNABLE"), logText);
            assertTrue(logText.contains("\tat org.apache.jena.sparql"), "the query's own thread is in the dump: " + logText);
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void validateAcceptsAStoreWithoutArticles() throws Exception {
        var validate = ParleyProcess.run(JVM, "validate", "--store", store());
        assertEquals(0, validate.exitCode(), validate.stderr());
        assertTrue(validate.stderr().contains("conforms"), validate.stderr());
    }

    @Test
    void queryWithEndpointTalksToARunningServerThroughRdf4j() throws Exception {
        Path data = Files.writeString(dir.resolve("people.ttl"), TTL);
        assertEquals(0, ParleyProcess.run(JVM, "load", "--store", store(), data.toString()).exitCode());
        int port = ParleyProcess.freePort();
        Process server = ParleyProcess.start(JVM, null, "serve", "--store", store(), "--port", Integer.toString(port));
        try {
            ParleyProcess.awaitUp("http://localhost:" + port + "/q/health", Duration.ofSeconds(60));
            var query = ParleyProcess.run(JVM, "query", "--endpoint", "http://localhost:" + port + "/sparql",
                    "--format", "csv", "-e", "SELECT ?name WHERE { ?s <http://example.org/name> ?name }");
            assertEquals(0, query.exitCode(), query.stderr());
            assertEquals(List.of("name", "Bob"), query.stdout().lines().toList());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void gzippedFilesLoadByTheirInnerFormat() throws Exception {
        Path gz = dir.resolve("people.ttl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(TTL.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var load = ParleyProcess.run(JVM, "load", "--store", store(), gz.toString());
        assertEquals(0, load.exitCode(), load.stderr());
        assertTrue(load.stderr().contains("loaded 2 quads"), load.stderr());
    }
}
