package org.parley.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyProcess;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application killed in the middle of a bulk ingest, and read while one runs: the store holds
 * whole articles only (TDB2 commits one write transaction per article), and a second run adds exactly the rest.
 */
class CrashSafetyIT {
    private static final List<String> NLP_JVM = List.of("-Xmx3g");
    private static final List<String> SMALL_JVM = List.of("-Xmx512m");
    private static final String TOKEN = "crash-test-token";

    /**
     * One row: articles (with their text and hash), distinct hashes, article graphs (neither the ontology nor the
     * canonical layer across articles), meetings, and meetings that
     * lack a second party or their evidence sentence. A half-written article would show as a graph without its
     * article or as a broken meeting.
     */
    static final String CENSUS = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            SELECT ?articles ?hashes ?graphs ?meetings ?broken WHERE {
              { SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?h) AS ?hashes)
                WHERE { GRAPH ?g { ?a a parley:Article ; parley:contentHash ?h ; parley:text ?t } } }
              { SELECT (COUNT(DISTINCT ?g2) AS ?graphs)
                WHERE { GRAPH ?g2 { ?s ?p ?o }
                        FILTER (?g2 != <https://w3id.org/parley/ont> && !STRENDS(STR(?g2), "/graph/canonical")) } }
              { SELECT (COUNT(DISTINCT ?m) AS ?meetings) WHERE { GRAPH ?g3 { ?m a parley:Meeting } } }
              { SELECT (COUNT(?m4) AS ?broken) WHERE {
                  { SELECT ?m4 (COUNT(DISTINCT ?party) AS ?parties) (COUNT(DISTINCT ?sentence) AS ?evidence) WHERE {
                      GRAPH ?g4 { ?m4 a parley:Meeting
                        OPTIONAL { ?m4 parley:participant ?party }
                        OPTIONAL { ?m4 parley:evidence ?e . ?e parley:sentenceText ?sentence } } }
                    GROUP BY ?m4 }
                  FILTER (?parties < 2 || ?evidence < 1) } }
            }""";

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeArticlesAndTheRerunAddsExactlyTheRest() throws Exception {
        int total = 24;
        Path in = dir.resolve("in");
        GeneratedArticles.write(in, total);
        String store = dir.resolve("tdb2").toString();

        Process ingest = ParleyProcess.start(NLP_JVM, null, "ingest", "--store", store, "--threads", "1", in.toString());
        ingest.getInputStream().close();
        int reported = 0;
        List<String> failedBeforeTheKill = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(ingest.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith("parley: FAILED ")) {
                    failedBeforeTheKill.add(line);
                }
                if (line.startsWith("parley: ok ") && ++reported == 4) {
                    ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the store
                    break;
                }
            }
        }
        assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of(), failedBeforeTheKill);
        assertEquals(137, ingest.exitValue(), "killed by SIGKILL, not finished");

        var validate = ParleyProcess.run(SMALL_JVM, "validate", "--store", store);
        assertEquals(0, validate.exitCode(), validate.stdout() + validate.stderr());
        Map<String, Long> census = census(store);
        long stored = census.get("articles");
        assertTrue(stored >= 4 && stored < total, "articles after the kill: " + census);
        assertEquals(stored, census.get("hashes"), census.toString());
        assertEquals(stored, census.get("graphs"), "no graph without its article: " + census);
        assertEquals(0, census.get("broken"), census.toString());
        assertTrue(census.get("meetings") >= stored, census.toString());

        var rerun = ParleyProcess.run(NLP_JVM, "ingest", "--store", store, "--threads", "1", in.toString());
        // every generated article is well-formed, so none is rejected, by the pipeline or for the store's sake
        assertEquals(0, count(rerun.stderr(), "parley: FAILED "), rerun.stderr());
        assertFalse(rerun.stderr().contains(IngestService.STORE_FAILURE), rerun.stderr());
        assertEquals(total - stored, count(rerun.stderr(), "parley: ok "), rerun.stderr());
        assertEquals(stored, count(rerun.stderr(), "parley: unchanged "), rerun.stderr());

        Map<String, Long> after = census(store);
        assertEquals(total, after.get("articles"), after.toString());
        assertEquals(total, after.get("hashes"), after.toString());
        assertEquals(total, after.get("graphs"), after.toString());
        assertEquals(0, after.get("broken"), after.toString());
        assertEquals(0, ParleyProcess.run(SMALL_JVM, "validate", "--store", store).exitCode());
    }

    @Test
    void readersNeverSeeAPartialArticleWhileABulkIngestWrites() throws Exception {
        int total = 16;
        Path in = dir.resolve("in");
        GeneratedArticles.write(in, total);
        int port = ParleyProcess.freePort();
        Process server = ParleyProcess.startLogged(List.of("-Xmx1g", "-Dparley.update-token=" + TOKEN), dir.resolve("server.log"),
                "serve", "--store", dir.resolve("tdb2").toString(), "--port", Integer.toString(port));
        String sparql = "http://localhost:" + port + "/sparql";
        AtomicBoolean reading = new AtomicBoolean(true);
        List<String> seenBroken = new ArrayList<>();
        TreeSet<Long> articleCounts = new TreeSet<>();
        AtomicInteger polls = new AtomicInteger();
        try {
            ParleyProcess.awaitUp("http://localhost:" + port + "/q/health/ready", Duration.ofSeconds(120));
            HttpClient http = HttpClient.newHttpClient();
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    try {
                        Map<String, Long> c = censusOver(http, sparql);
                        polls.incrementAndGet();
                        articleCounts.add(c.get("articles"));
                        if (c.get("broken") != 0 || !c.get("graphs").equals(c.get("articles"))) {
                            seenBroken.add(c.toString());
                        }
                    } catch (Exception e) {
                        seenBroken.add("query failed: " + e);
                    }
                }
            });
            reader.start();
            var ingest = ParleyProcess.run(NLP_JVM, "ingest", "--endpoint", sparql, "--token", TOKEN, "--threads", "1", in.toString());
            reading.set(false);
            reader.join();
            assertEquals(0, ingest.exitCode(), ingest.stderr());
            assertEquals(List.of(), seenBroken);
            assertEquals(total, articleCounts.last(), articleCounts.toString());
            assertTrue(articleCounts.size() >= 3, "the reads overlapped the writes: " + articleCounts + " in " + polls + " polls");
        } finally {
            reading.set(false);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static long count(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    static Map<String, Long> census(String store) throws Exception {
        var q = ParleyProcess.run(SMALL_JVM, "query", "--store", store, "--format", "csv", "-e", CENSUS);
        assertEquals(0, q.exitCode(), q.stderr());
        return row(q.stdout());
    }

    private static Map<String, Long> censusOver(HttpClient http, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(CENSUS, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return row(r.body());
    }

    private static Map<String, Long> row(String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        String[] names = lines.get(0).split(",");
        String[] values = lines.get(1).split(",");
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i].strip(), Long.parseLong(values[i].strip()));
        }
        return out;
    }
}
