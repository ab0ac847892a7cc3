package org.parley.schedule;

import org.parley.store.CrossArticleResolution;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.IngestService;
import org.parley.source.ArticleReader;
import org.parley.store.ParleyStore;
import org.parley.store.TdbArticleStore;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polls of feeds served on loopback, through the real pipeline (CoreNLP included) into a TDB2 store in a temporary folder. */
@QuarkusTest
class SourcesTest {
    @Inject
    ArticleReader reader;
    @Inject
    IngestService ingest;

    @Inject
    CrossArticleResolution resolution;

    @TempDir
    Path dir;
    FeedServer server;
    ParleyStore store;
    SourcePoller.Pipeline pipeline;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        store = new ParleyStore(dir.resolve("tdb2"));
        pipeline = Sources.pipeline(reader, ingest, new TdbArticleStore(store, resolution));
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private SourcePoller poller() {
        return new SourcePoller(new PoliteFetcher(PoliteFetcherTest.LIMITS), new SeenItems(dir.resolve("seen.tsv")), pipeline);
    }

    private static SourceStatus status() {
        return new SourceStatus("wire", "feed", "test", "every 30m");
    }

    private static boolean isFetchFailure(String reason) {
        return reason.startsWith("HTTP ") || reason.startsWith("cannot fetch") || reason.startsWith("no complete answer")
                || reason.startsWith("larger than") || reason.startsWith("not an RSS or Atom feed");
    }

    @Test
    void aPollTakesNewItemsAndTheNextTakesNothingUntilAnArticleChanges() {
        server.put("/a", "text/html", Fixtures.FIRST);
        server.put("/b", "text/html", Fixtures.SECOND);
        server.put("/feed", "application/atom+xml", Fixtures.atom("2024-05-14T08:00:00Z", "/a", "/b?utm_source=x"));
        SourceStatus status = status();

        poller().pollFeed(server.uri("/feed"), false, status);
        SourceStatus.Snapshot first = status.snapshot();
        assertEquals(2, first.seen());
        assertEquals(2, first.ingested(), first.failures().toString());
        assertEquals(0, first.failed(), first.failures().toString());
        assertEquals(1, server.fullAnswers("/a"));
        assertEquals(1, server.fullAnswers("/b"));

        poller().pollFeed(server.uri("/feed"), false, status);
        assertEquals(2, status.snapshot().seen(), "an unchanged feed shows no items");
        assertEquals(2, status.snapshot().ingested());
        assertEquals(1, server.requests("/a"));

        server.put("/a", "text/html", Fixtures.page("Fish market opens a second hall",
                "The fish market of the harbour town opened a second hall on Friday, a week after the first."));
        server.put("/feed", "application/atom+xml", Fixtures.atom("2024-05-15T08:00:00Z", "/a", "/b?utm_source=x"));
        poller().pollFeed(server.uri("/feed"), false, status);
        SourceStatus.Snapshot third = status.snapshot();
        assertEquals(4, third.seen());
        assertEquals(3, third.ingested(), "only the changed article goes through again: " + third.failures());
        assertEquals(2, server.fullAnswers("/a"));
        assertEquals(1, server.fullAnswers("/b"), "the unchanged page answered 304");
        assertEquals(1, third.unchanged());
    }

    @Test
    void whatWasTakenIsRememberedAcrossRestarts() {
        server.put("/a", "text/html", Fixtures.FIRST);
        server.put("/feed", "application/rss+xml", Fixtures.rss(server.uri("/a").toString()));
        poller().pollFeed(server.uri("/feed"), false, status());
        SourceStatus later = status();
        // a new poller reads the state file, as a restarted server does
        poller().pollFeed(server.uri("/feed"), false, later);
        assertEquals(1, server.fullAnswers("/feed"));
        assertEquals(1, server.requests("/a"));
        assertEquals(0, later.snapshot().failed());
    }

    @Test
    void brokenPagesAreReportedAndSkippedWhileTheGoodOneIsTaken() {
        server.put("/good", "text/html", Fixtures.FIRST);
        server.behave("/error", e -> FeedServer.status(e, 500));
        server.behave("/slow", e -> FeedServer.stall(e, 2000));
        server.behave("/huge", e -> FeedServer.huge(e, 50));
        server.put("/feed", "application/atom+xml", Fixtures.atom("2024-05-14T08:00:00Z", "/error", "/slow", "/huge", "/good"));
        SourceStatus status = status();
        poller().pollFeed(server.uri("/feed"), false, status);
        SourceStatus.Snapshot s = status.snapshot();
        assertEquals(4, s.seen());
        List<String> reasons = s.failures().stream().map(SourceStatus.Failure::reason).toList();
        assertTrue(reasons.contains("HTTP 500"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("no complete answer within")), reasons.toString());
        assertTrue(reasons.contains("larger than 1000000 bytes"), reasons.toString());
        assertEquals(1, s.ingested(), "the good page was ingested: " + s.failures());
        assertEquals(3, s.failed());
        assertEquals(1, server.fullAnswers("/good"));

        // the next poll reads the feed again and retries the failed pages, but not the good one
        server.put("/error", "text/html", Fixtures.SECOND);
        poller().pollFeed(server.uri("/feed"), false, status);
        assertEquals(2, server.fullAnswers("/feed"));
        assertEquals(1, server.fullAnswers("/error"));
        assertEquals(1, server.fullAnswers("/good"), "the good page answered 304");
        assertEquals(2, status.snapshot().ingested(), status.snapshot().failures().toString());
    }

    @Test
    void feedsThatAreNotFeedsAreReported() {
        server.put("/malformed", "application/rss+xml", Fixtures.MALFORMED);
        server.put("/laughs", "application/rss+xml", Fixtures.BILLION_LAUGHS);
        server.behave("/down", e -> FeedServer.status(e, 503));
        for (String path : List.of("/malformed", "/laughs", "/down")) {
            SourceStatus status = status();
            poller().pollFeed(server.uri(path), false, status);
            SourceStatus.Snapshot s = status.snapshot();
            assertEquals(1, s.failed(), path);
            assertEquals(0, s.seen(), path);
            assertTrue(isFetchFailure(s.failures().get(0).reason()), s.failures().get(0).reason());
        }
    }

    @Test
    void aFeedThatCarriesTheTextIsReadWithoutFetchingPages() {
        String feed = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Full</title><id>urn:test:full</id><updated>2024-05-14T08:00:00Z</updated>
                  <entry><title>Talks</title><link href="/never-fetched"/><id>urn:test:1</id><updated>2024-05-14T08:00:00Z</updated>
                    <content type="html">&lt;p&gt;The harbour town held its spring fair on Monday, and the ferries ran late.&lt;/p&gt;</content></entry>
                </feed>""";
        server.put("/full", "application/atom+xml", feed);
        SourceStatus status = status();
        poller().pollFeed(server.uri("/full"), true, status);
        assertEquals(1, status.snapshot().ingested(), status.snapshot().failures().toString());
        assertEquals(0, server.requests("/never-fetched"));
        assertFalse(status.snapshot().failures().stream().anyMatch(f -> isFetchFailure(f.reason())));
    }
}
