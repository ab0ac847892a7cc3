package org.parley.schedule;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyProcess;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged server keeping a store current by itself: feeds served on loopback are polled on their
 * schedules, the status page and metrics report each source, and {@code parley ingest --server} hands files
 * to the same running server. One server (which loads the language models once) serves all the cases.
 */
class ServerIngestionIT {
    private static final String TOKEN = "it-update-token";
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final String FERRY = Fixtures.page("Ferry timetable to change",
            "Officials in the harbour town said on Monday that the winter ferry timetable would begin in October.");
    private static final String MARKET = Fixtures.page("Market hall reopens",
            "The old market hall reopened on Tuesday after two years of repairs, the town council said.");

    @TempDir
    static Path dir;
    static FeedServer feeds;
    static Process server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startAServerWithThreeFeeds() throws Exception {
        feeds = new FeedServer();
        feeds.put("/ferry", "text/html", FERRY);
        feeds.put("/market", "text/html", MARKET);
        feeds.put("/wire", "application/atom+xml", Fixtures.atom("2024-05-14T08:00:00Z", "/ferry", "/market?utm_medium=feed"));
        feeds.put("/broken", "application/rss+xml", Fixtures.MALFORMED);
        feeds.put("/nightly", "application/atom+xml", Fixtures.atom("2024-05-14T08:00:00Z", "/ferry"));
        int port = ParleyProcess.freePort();
        base = "http://localhost:" + port + "/";
        server = ParleyProcess.start(List.of("-Xmx3g",
                "-Dparley.update-token=" + TOKEN,
                "-Dparley.sources.tick=1s",
                "-Dparley.sources.feeds.wire.url=" + feeds.uri("/wire"),
                "-Dparley.sources.feeds.wire.every=2s",
                "-Dparley.sources.feeds.broken.url=" + feeds.uri("/broken"),
                "-Dparley.sources.feeds.broken.every=1h",
                "-Dparley.sources.feeds.nightly.url=" + feeds.uri("/nightly"),
                "-Dparley.sources.feeds.nightly.cron=0 0 3 * * ?"),
                null, "serve", "--store", dir.resolve("tdb2").toString(), "--port", Integer.toString(port));
        ParleyProcess.awaitUp(base + "q/health", Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
        feeds.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject source(String name) throws Exception {
        for (JsonValue v : JSON.parse(get("sources", "application/json").body()).get("sources").getAsArray()) {
            if (v.getAsObject().getString("name").equals(name)) {
                return v.getAsObject();
            }
        }
        throw new AssertionError("no source " + name);
    }

    private static long count(JsonObject source, String key) {
        return source.get(key).getAsNumber().value().longValue();
    }

    /** Waits until the named source's status passes the test, and returns it. */
    private static JsonObject awaitSource(String name, Predicate<JsonObject> until) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonObject last = source(name);
        while (!until.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " never got there: " + last);
            }
            Thread.sleep(500);
            last = source(name);
        }
        return last;
    }

    /** Articles in the store, through the server's SPARQL endpoint. */
    private static long articles() throws Exception {
        String query = "PREFIX parley: <https://w3id.org/parley/ont#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a parley:Article }";
        String csv = get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv").body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void aScheduledPollIngestsTheFeedAndLaterPollsTakeNothingNew() throws Exception {
        JsonObject first = awaitSource("wire", s -> count(s, "ingested") == 2);
        assertEquals(0, count(first, "failed"), first.toString());
        String firstPoll = first.getString("lastPoll");
        // two more polls, two seconds apart: the feed answers 304, so no item is even looked at again
        JsonObject later = awaitSource("wire", s -> !s.getString("lastPoll").equals(firstPoll)
                && !s.get("polling").getAsBoolean().value());
        awaitSource("wire", s -> !s.getString("lastPoll").equals(later.getString("lastPoll")));
        JsonObject now = source("wire");
        assertEquals(2, count(now, "ingested"), now.toString());
        assertEquals(2, count(now, "seen"), now.toString());
        assertEquals(1, feeds.fullAnswers("/ferry"));
        assertEquals(1, feeds.fullAnswers("/market"));
        assertEquals(1, feeds.fullAnswers("/wire"));
        assertTrue(feeds.requests("/wire") >= 3, "polled on schedule");
        assertTrue(articles() >= 2);
    }

    @Test
    void aBrokenFeedIsReportedWhileTheOthersGoOn() throws Exception {
        JsonObject broken = awaitSource("broken", s -> count(s, "failed") == 1);
        String reason = broken.get("failures").getAsArray().get(0).getAsObject().getString("reason");
        assertTrue(reason.startsWith("not an RSS or Atom feed"), reason);
        awaitSource("wire", s -> count(s, "ingested") == 2);
    }

    @Test
    void aCronSourceWaitsForItsTimeAndTheStatusPageSaysWhen() throws Exception {
        awaitSource("broken", s -> count(s, "failed") == 1);
        awaitSource("wire", s -> count(s, "ingested") == 2);
        JsonObject nightly = source("nightly");
        assertEquals("cron 0 0 3 * * ?", nightly.getString("schedule"));
        assertFalse(nightly.hasKey("lastPoll"), nightly.toString());
        assertTrue(nightly.hasKey("nextPoll"), nightly.toString());
        assertEquals(0, feeds.requests("/nightly"));

        HttpResponse<String> page = get("sources", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<tr data-source=\"nightly\">") && html.contains("cron 0 0 3 * * ?"), html);
        assertTrue(html.contains("<tr data-source=\"wire\">") && html.contains("every 2s"), html);
        assertTrue(html.contains("Latest failures of broken") && html.contains("not an RSS or Atom feed"), html);

        // the Prometheus text format may end the labels with a comma
        List<String> metrics = get("q/metrics", "text/plain").body().lines().map(l -> l.replace(",}", "}")).toList();
        assertTrue(metrics.contains("parley_source_items_ingested{source=\"wire\"} 2.0"), String.join("\n", metrics));
        assertTrue(metrics.contains("parley_source_items_failed{source=\"broken\"} 1.0"), String.join("\n", metrics));
        assertTrue(metrics.contains("parley_source_last_poll{source=\"nightly\"} 0.0"), String.join("\n", metrics));
    }

    @Test
    void postingAnArticleWithoutTheTokenIsRefused() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "articles")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("The council met on Monday.")).build();
        assertEquals(401, HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpRequest wrong = HttpRequest.newBuilder(URI.create(base + "articles")).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer not-the-token")
                .POST(HttpRequest.BodyPublishers.ofString("The council met on Monday.")).build();
        assertEquals(403, HTTP.send(wrong, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void ingestWithServerHandsTheFilesToTheRunningServer() throws Exception {
        Path in = Files.createDirectories(dir.resolve("to-post"));
        Files.writeString(in.resolve("bridge.txt"), """
                date 2024-05-16 By A. Writer, THE TOWN CRIER

                The foreign ministers of Norway and Chile met in Oslo on Thursday to talk about salmon farming.
                """);
        Files.writeString(in.resolve("library.html"), Fixtures.page("Library extends its hours",
                "The town library will stay open until nine in the evening from next week, its director said."));
        Files.writeString(in.resolve("empty.txt"), "   \n");
        List<String> jvm = List.of("-Xmx512m");
        long before = articles();

        var first = ParleyProcess.run(jvm, "ingest", "--server", base, "--token", TOKEN, in.toString());
        assertEquals(1, first.exitCode(), "the empty file failed: " + first.stderr());
        assertTrue(first.stderr().contains("parley: ok " + in.resolve("bridge.txt")), first.stderr());
        assertTrue(first.stderr().contains("parley: ok " + in.resolve("library.html")), first.stderr());
        assertTrue(first.stderr().lines().anyMatch(l -> l.startsWith("parley: FAILED " + in.resolve("empty.txt"))), first.stderr());
        assertTrue(first.stderr().contains("2 ingested, 0 unchanged, 0 duplicate, 1 failed"), first.stderr());
        assertFalse(first.stderr().contains("Adding annotator"), "the client loads no models: " + first.stderr());
        assertEquals(before + 2, articles());

        Files.delete(in.resolve("empty.txt"));
        var again = ParleyProcess.run(jvm, "ingest", "--server", base, "--token", TOKEN, in.toString());
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("0 ingested, 2 unchanged"), again.stderr());
        assertEquals(before + 2, articles());

        var refused = ParleyProcess.run(jvm, "ingest", "--server", base, "--token", "not-the-token", in.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.stderr().contains("refused the update token"), refused.stderr());
        assertFalse(refused.stderr().contains("\tat "), refused.stderr());

        var mixed = ParleyProcess.run(jvm, "ingest", "--server", base, "--store", dir.resolve("other").toString(), in.toString());
        assertEquals(1, mixed.exitCode());
        assertTrue(mixed.stderr().contains("leave out --store"), mixed.stderr());
    }
}
