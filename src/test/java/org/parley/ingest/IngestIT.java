package org.parley.ingest;

import org.junit.jupiter.api.BeforeAll;
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
 * {@code parley ingest} as a user runs it: the packaged application with CoreNLP, on a batch that mixes a
 * good article with bad input. Each run loads the models, so the cases share a few runs.
 */
class IngestIT {
    private static final List<String> JVM = List.of("-Xmx3g");
    private static final String ARTICLE = """
            date 2024-05-10 By Ana Writer, THE GAZETTE

            GENEVA - The foreign ministers of Norway and Chile met in Geneva on Thursday to discuss fishing rights.

            The two ministers will hold further talks in Oslo next month, officials said.
            """;

    @TempDir
    static Path dir;
    static ParleyProcess.Result batch;
    static Path store;

    @BeforeAll
    static void ingestABatchWithBadInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("01-good.txt"), ARTICLE);
        Files.writeString(in.resolve("02-empty.txt"), "  \n\n ");
        Files.write(in.resolve("03-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(in.resolve("04-latin1.txt"), "Les ministres se sont rencontr\u00e9s \u00e0 Gen\u00e8ve."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("05-scripts.html"),
                "<html><head><script>var a = 1;</script></head><body><script>alert('x')</script></body></html>");
        Files.writeString(in.resolve("06-french.txt"), "Les ministres des affaires \u00e9trang\u00e8res se sont "
                + "rencontr\u00e9s jeudi \u00e0 Gen\u00e8ve pour discuter des droits de p\u00eache et de la fronti\u00e8re.");
        Files.writeString(in.resolve("07-one-sentence.txt"), "The envoys talked " + "and talked ".repeat(9_000) + "in Geneva.");
        store = dir.resolve("tdb2");
        batch = ParleyProcess.run(JVM, "ingest", "--store", store.toString(), in.toString());
    }

    @Test
    void theBatchGoesOnAndTheExitCodeSaysSomeFailed() {
        assertEquals(1, batch.exitCode(), batch.stderr());
        assertTrue(batch.stderr().contains("ok " + dir.resolve("in/01-good.txt")), batch.stderr());
        assertTrue(batch.stderr().contains("2 ingested"), batch.stderr());
    }

    @Test
    void eachBadFileGetsOneLineNamingItAndTheReason() {
        for (String name : List.of("02-empty.txt", "03-binary.txt", "04-latin1.txt", "05-scripts.html", "06-french.txt")) {
            List<String> lines = batch.stderr().lines().filter(l -> l.startsWith("parley: FAILED") && l.contains(name)).toList();
            assertEquals(1, lines.size(), name + " in\n" + batch.stderr());
        }
        assertTrue(batch.stderr().contains("UTF-8"), batch.stderr());
        assertFalse(batch.stderr().contains("\tat "), batch.stderr());
    }

    @Test
    void aHugeSentenceIsStoredWithinBoundsAndTheStoreHoldsOnlyWholeArticles() throws Exception {
        assertTrue(batch.stderr().contains("ok " + dir.resolve("in/07-one-sentence.txt")), batch.stderr());
        var validate = ParleyProcess.run(List.of("-Xmx512m"), "validate", "--store", store.toString());
        assertEquals(0, validate.exitCode(), validate.stdout() + validate.stderr());
        var articles = ParleyProcess.run(List.of("-Xmx512m"), "query", "--store", store.toString(), "--format", "csv",
                "-e", "PREFIX parley: <https://w3id.org/parley/ont#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a parley:Article }");
        assertTrue(articles.stdout().contains("\n2"), articles.stdout());
    }

    @Test
    void theSameTextAgainIsUnchangedAndUnderAnotherNameIsADuplicate() throws Exception {
        Path copy = Files.writeString(dir.resolve("copy.txt"), ARTICLE);
        var again = ParleyProcess.run(JVM, "ingest", "--store", store.toString(),
                dir.resolve("in/01-good.txt").toString(), copy.toString());
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("unchanged " + dir.resolve("in/01-good.txt")), again.stderr());
        assertTrue(again.stderr().contains("duplicate " + copy), again.stderr());
    }

    @Test
    void standardInputIsAnArticleWithTheGivenDate() throws Exception {
        Path text = Files.writeString(dir.resolve("stdin.txt"), "The presidents of Peru and Chile met in Lima on Monday.\n");
        var piped = ParleyProcess.run(JVM, text, "ingest", "--store", dir.resolve("stdin-store").toString(),
                "--published", "2024-05-10", "-");
        assertEquals(0, piped.exitCode(), piped.stderr());
        var dates = ParleyProcess.run(List.of("-Xmx512m"), "query", "--store", dir.resolve("stdin-store").toString(),
                "--format", "csv", Path.of("queries/meetings.rq").toAbsolutePath().toString());
        assertTrue(dates.stdout().contains("2024-05-06"), dates.stdout());
    }
}
