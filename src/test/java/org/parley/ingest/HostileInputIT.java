package org.parley.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile inputs IngestIT does not send, through the packaged application: 20 MB of text, UTF-16 without a byte
 * order mark, markup nested 50,000 deep, and a page full of scripts and text that looks like SPARQL. Each is refused
 * with its reason or stored as plain text, in one batch beside a good article, with a heap of 3 GB.
 */
class HostileInputIT {
    private static final String INJECTION = "Officials said the statement ended with \"} ; DROP ALL ; INSERT DATA { GRAPH <http://evil.test/> "
            + "{ <http://evil.test/a> <http://evil.test/b> \"c\" } } #\" and with ' UNION { ?s ?p ?o } and <script>alert(1)</script>.";

    @TempDir
    Path dir;

    @Test
    void eachHostileFileIsRefusedOrStoredAsTextAndTheRestGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        GeneratedArticles.write(in, 1);
        Path huge = in.resolve("huge.txt");
        try (var out = Files.newBufferedWriter(huge)) {
            String line = "The delegations talked about the harbour again and again. ".repeat(20) + "\n";
            while (Files.size(huge) < 20_000_000) {
                for (int i = 0; i < 1000; i++) {
                    out.write(line);
                }
                out.flush();
            }
        }
        Files.write(in.resolve("utf16.txt"), GeneratedArticles.text(7).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(50_000)
                + "<p>Foreign Minister Tarel Vosk of Norvania met Foreign Minister Ilse Brandvik of Estmark in Dunmere on Monday.</p>"
                + "</div>".repeat(50_000) + "</body></html>");
        Files.writeString(in.resolve("scripts.html"), "<html><head><title>Talks resume</title>"
                + "<script>for(;;){}</script>".repeat(200) + "</head><body><article>"
                + "<script>document.write('<p>SELECT * WHERE { ?s ?p ?o }</p>')</script>".repeat(200)
                + "<p>date 2024-05-20 Defence Minister Oskan Kastel of Valdoria met Defence Minister Lirra Dovran of Morvath "
                + "in Ferrow on Monday to discuss the border.</p><p>" + INJECTION.replace("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")
                + "</p></article></body></html>");
        String store = dir.resolve("tdb2").toString();

        long start = System.nanoTime();
        var batch = ParleyProcess.run(List.of("-Xmx3g"), "ingest", "--store", store, "--threads", "1", in.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        String err = batch.stderr();
        assertFalse(err.contains("\tat ") || err.contains("OutOfMemoryError"), err);
        assertTrue(seconds < 600, "took " + seconds + " s");
        assertTrue(err.contains("ok " + in.resolve("article-000.txt")), err);
        assertTrue(line(err, "huge.txt").contains("too large"), err);
        assertTrue(line(err, "utf16.txt").contains("UTF-16"), err);
        assertTrue(line(err, "nested.html").startsWith("parley: ok"), err);
        assertTrue(line(err, "scripts.html").startsWith("parley: ok"), err);

        assertEquals(0, ParleyProcess.run(List.of("-Xmx512m"), "validate", "--store", store).exitCode());
        var texts = ParleyProcess.run(List.of("-Xmx512m"), "query", "--store", store, "--format", "tsv", "-e",
                "PREFIX parley: <https://w3id.org/parley/ont#> SELECT ?g ?text WHERE { GRAPH ?g { ?a parley:text ?text } }");
        assertTrue(texts.stdout().contains("DROP ALL ; INSERT DATA"), "the SPARQL-looking text is stored as text: " + texts.stdout());
        assertFalse(texts.stdout().contains("for(;;)") || texts.stdout().contains("document.write"), texts.stdout());
        var graphs = ParleyProcess.run(List.of("-Xmx512m"), "query", "--store", store, "--format", "csv", "-e",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), \"http://evil\")"
                        + " || STRSTARTS(STR(?s), \"http://evil\")) }");
        assertTrue(graphs.stdout().contains("\n0"), graphs.stdout());
    }

    private static String line(String stderr, String file) {
        return stderr.lines().filter(l -> l.contains(file) && (l.startsWith("parley: ok") || l.startsWith("parley: FAILED")))
                .findFirst().orElse("no line for " + file + " in\n" + stderr);
    }
}
