package org.parley.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Article;
import org.parley.domain.Outcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ArticleSourceTest {
    private static final String STORY = """
            date 2023-04-11 By Mara Lindqvist, NORTHLINE

            Envoys from the two island states met for six hours on Tuesday, their first direct talks since the strait was closed.

            The delegations agreed to reopen the ferry line and to meet again in the spring, a spokeswoman said.
            """;
    private static final String BODY = STORY.substring(STORY.indexOf("Envoys"));

    @TempDir
    Path dir;

    private final ArticleSource source = new ArticleSource(5_000_000, InputStream.nullInputStream());

    @SuppressWarnings("unchecked")
    private static Article ok(Outcome<Article> outcome) {
        return ((Outcome.Ok<Article>) assertInstanceOf(Outcome.Ok.class, outcome, outcome::toString)).value();
    }

    @SuppressWarnings("unchecked")
    private static String rejection(Outcome<Article> outcome) {
        Outcome.Rejected<Article> rejected = assertInstanceOf(Outcome.Rejected.class, outcome, outcome::toString);
        assertEquals("source", rejected.stage());
        assertFalse(rejected.reason().contains("\n"), "one line: " + rejected.reason());
        return rejected.reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextFileBecomesAnArticleNamedByItsPath() throws IOException {
        Path file = write("01-island-talks.txt", STORY);
        Article article = ok(source.read(file));
        assertTrue(article.source().startsWith("file:///"), article.source());
        assertTrue(article.source().endsWith("/01-island-talks.txt"), article.source());
        assertEquals(Optional.of(LocalDate.of(2023, 4, 11)), article.published());
        assertEquals(List.of("Mara Lindqvist"), article.authors());
        assertEquals(Optional.of("NORTHLINE"), article.publisher());
        assertEquals("en", article.language());
        assertEquals(BODY, article.text());
        assertEquals(ArticleSource.sha256(BODY), article.contentHash());
    }

    @Test
    void fixtureWithIndentedMetadataLineKeepsTheBodyExactly() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/source/harbour-talks.txt")) {
            bytes = in.readAllBytes();
        }
        Article article = ok(source.read(write("harbour-talks.txt", bytes)));
        assertEquals(List.of("Mara Lindqvist", "Tomas Okoye"), article.authors());
        assertEquals(Optional.of("NORTHLINE"), article.publisher());
        assertTrue(article.text().startsWith("PORT SELWYN - Envoys"), article.text());
        int offset = article.text().indexOf("Port Selwyn, their");
        assertEquals("Port Selwyn", article.text().substring(offset, offset + "Port Selwyn".length()));
    }

    @Test
    void byteOrderMarkIsStrippedAndLineEndingsBecomeNewlines() throws IOException {
        byte[] text = STORY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Article article = ok(source.read(write("bom.txt", bytes)));
        assertEquals(BODY, article.text());
        assertEquals(Optional.of(LocalDate.of(2023, 4, 11)), article.published());
    }

    @Test
    void identicalTextUnderTwoNamesHasOneContentHash() throws IOException {
        Article first = ok(source.read(write("a.txt", STORY)));
        Article second = ok(source.read(write("b.md", STORY.replace("\n", "\r\n"))));
        Article piped = ok(source.read("-", STORY.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        assertFalse(first.source().equals(second.source()));
        assertEquals(first.contentHash(), second.contentHash());
        assertEquals(first.contentHash(), piped.contentHash());
    }

    @Test
    void standardInputIsNamedByItsContentHash() {
        Article article = ok(source.read("-", STORY.getBytes(StandardCharsets.UTF_8), Optional.empty()));
        assertEquals("stdin:" + article.contentHash().substring(0, 16), article.source());
    }

    @Test
    void dashPathReadsStandardInput() {
        ArticleSource piped = new ArticleSource(5_000_000,
                new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
        Article article = ok(piped.read(InputPaths.STDIN));
        assertTrue(article.source().startsWith("stdin:"), article.source());
        assertEquals(BODY, article.text());
    }

    @Test
    void webPageIsNamedByItsCanonicalAddress() throws IOException {
        Path file = write("page.html", HtmlLayoutTest.fixture("embassy-page.html"));
        Article article = ok(source.read(file));
        assertEquals("https://news.example.org/2023/04/envoys-reopen-ferry", article.source());
        assertEquals(Optional.of("Envoys agree to reopen ferry line"), article.title());
    }

    @Test
    void webPageWithoutCanonicalAddressIsNamedByItsPath() throws IOException {
        Article article = ok(source.read(write("ministers.htm", HtmlLayoutTest.fixture("plain-page.html"))));
        assertTrue(article.source().endsWith("/ministers.htm"), article.source());
    }

    @Test
    void webPageIsRecognisedWithoutItsExtension() throws IOException {
        Article article = ok(source.read(write("download", HtmlLayoutTest.fixture("item-body-page.html"))));
        assertTrue(article.text().startsWith("Talks between the two neighbouring republics"), article.text());
    }

    @Test
    void fetchedPageResolvesItsCanonicalLinkAgainstItsAddress() {
        String page = "<html><head><link rel=canonical href=\"/politics/talks-resume\"></head><body><article>"
                + "<p>Talks between the two delegations resumed on Monday after a pause of three weeks.</p>"
                + "</article></body></html>";
        Article article = ok(source.read("https://paper.example.org/feed/item?id=4",
                page.getBytes(StandardCharsets.UTF_8), Optional.of("text/html; charset=utf-8")));
        assertEquals("https://paper.example.org/politics/talks-resume", article.source());
    }

    @Test
    void missingFileIsRejected() {
        Outcome<Article> outcome = source.read(dir.resolve("absent.txt"));
        assertEquals("no such file", rejection(outcome));
        assertTrue(((Outcome.Rejected<Article>) outcome).articleId().endsWith("/absent.txt"));
    }

    @Test
    void unreadableFileIsRejected() throws IOException {
        Path file = write("locked.txt", STORY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the superuser reads every file");
        assertTrue(rejection(source.read(file)).startsWith("cannot be read"));
    }

    @Test
    void fileThatFailsWhileReadingIsRejected() {
        Path failing = Path.of("/proc/self/mem"); // reading from offset 0 fails with an I/O error on Linux
        assumeTrue(Files.exists(failing), "needs Linux /proc");
        String reason = rejection(source.read(failing));
        assertTrue(reason.startsWith("cannot be read"), reason);
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        assertEquals("is empty", rejection(source.read(write("empty.txt", new byte[0]))));
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws IOException {
        assertEquals("contains only whitespace", rejection(source.read(write("blank.txt", " \n\t\r\n  \n"))));
    }

    @Test
    void metadataLineWithoutBodyIsRejected() throws IOException {
        assertTrue(rejection(source.read(write("head.txt", "date 2020-01-01 By Ada Marsh, NORTHLINE\n\n")))
                .contains("no article text"));
    }

    @Test
    void binaryFileWithNulBytesIsRejected() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 7 == 0 ? 0 : 0x41 + i % 20);
        }
        assertTrue(rejection(source.read(write("blob.txt", bytes))).contains("binary"));
    }

    @Test
    void binaryFileOfControlCharactersIsRejected() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("ab").append((char) 0x07).append((char) 0x1B);
        }
        assertTrue(rejection(source.read(write("bells.txt", text.toString()))).contains("control characters"));
    }

    @Test
    void invalidUtf8IsRejectedWithByteOffset() throws IOException {
        byte[] text = "The envoys met on Monday.".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[text.length + 2];
        System.arraycopy(text, 0, bytes, 0, 10);
        bytes[10] = (byte) 0xC3; // a two-byte lead followed by ASCII: malformed
        System.arraycopy(text, 10, bytes, 11, text.length - 10);
        bytes[bytes.length - 1] = '.';
        assertEquals("is not valid UTF-8 at byte 10", rejection(source.read(write("latin.txt", bytes))));
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamed() throws IOException {
        assertTrue(rejection(source.read(write("le.txt", STORY.getBytes(StandardCharsets.UTF_16LE))))
                .contains("UTF-16 (little-endian) without a byte order mark"));
        assertTrue(rejection(source.read(write("be.txt", STORY.getBytes(StandardCharsets.UTF_16BE))))
                .contains("UTF-16 (big-endian) without a byte order mark"));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        Article article = ok(source.read(write("marked.txt", STORY.getBytes(StandardCharsets.UTF_16))));
        assertEquals(BODY, article.text());
    }

    @Test
    void oversizedFileIsRejectedWithoutReadingIt() throws IOException {
        ArticleSource small = new ArticleSource(1_000, InputStream.nullInputStream());
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3_000_000_000L); // sparse: takes no disk space, and reading it all would not fit
        }
        String reason = rejection(small.read(file));
        assertTrue(reason.contains("too large") && reason.contains("1000"), reason);
        assertTrue(reason.contains("parley.ingest.max-file-bytes"), reason);
    }

    @Test
    void oversizedStandardInputIsRejected() {
        ArticleSource small = new ArticleSource(1_000, new ByteArrayInputStream(new byte[50_000]));
        Outcome<Article> outcome = small.read(InputPaths.STDIN);
        assertTrue(rejection(outcome).contains("too large"));
        assertEquals("stdin", ((Outcome.Rejected<Article>) outcome).articleId());
    }

    @Test
    void pageOfScriptsIsRejectedForLackOfText() throws IOException {
        assertEquals("no article text found",
                rejection(source.read(write("app.html", HtmlLayoutTest.fixture("scripts-only.html")))));
    }

    @Test
    void frenchTextIsRejectedAsNotEnglish() throws IOException {
        String text = "Les délégations des deux pays se sont rencontrées mardi dans la capitale pour des "
                + "discussions sur la frontière. Le ministre a dit que les négociations sont difficiles et que "
                + "la prochaine réunion aura lieu au printemps avec les représentants des deux gouvernements.";
        assertEquals("not English text (looks like French)", rejection(source.read(write("fr.txt", text))));
    }

    @Test
    void cyrillicTextIsRejectedAsNotEnglish() throws IOException {
        String text = "Делегации двух стран встретились во вторник в столице "
                + "для переговоров о границе.";
        assertEquals("not English text (looks like Cyrillic script)",
                rejection(source.read(write("ru.txt", text))));
    }

    @Test
    void englishTextFullOfForeignNamesIsEnglish() throws IOException {
        String text = "Prime Minister Jean-Luc Moreau de la Fontaine met Chancellor Dietrich von Hallstein in "
                + "Saint-Étienne-du-Rouvray on Tuesday, and the two said they would meet again in Zürich.";
        assertEquals("en", ok(source.read(write("names.txt", text))).language());
    }

    @Test
    void aShortEnglishSentenceMostlyOfNamesIsEnglish() throws IOException {
        String text = "Peruvian President Ana Diaz met Chilean President Luis Soto in Lima on Monday.";
        assertEquals("en", ok(source.read(write("short.txt", text))).language());
    }

    @Test
    void veryLongSentenceIsLeftToTheLanguageStage() throws IOException {
        StringBuilder sentence = new StringBuilder("The envoys said that");
        while (sentence.length() < 100_000) {
            sentence.append(" the talks would go on and on");
        }
        sentence.append('.');
        assertEquals(sentence.toString(), ok(source.read(write("long.txt", sentence.toString()))).text());
    }

    @Test
    void folderIsRejectedWhenReadAsAFile() {
        assertTrue(rejection(source.read(dir)).contains("folder"));
    }
}
