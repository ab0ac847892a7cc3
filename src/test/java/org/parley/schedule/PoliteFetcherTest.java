package org.parley.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.schedule.PoliteFetcher.Failed;
import org.parley.schedule.PoliteFetcher.Fetched;
import org.parley.schedule.PoliteFetcher.NotModified;
import org.parley.schedule.PoliteFetcher.Page;
import org.parley.schedule.PoliteFetcher.Validators;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoliteFetcherTest {
    static final PoliteFetcher.Limits LIMITS = new PoliteFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(800),
            1_000_000, 2, "ParleyTest/1", 2, Duration.ofMillis(50));

    FeedServer server;
    PoliteFetcher fetcher = new PoliteFetcher(LIMITS);

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageComesWithItsTypeAndValidatorsAndThenIsNotModified() {
        server.put("/a", "text/html; charset=utf-8", Fixtures.FIRST);
        Page page = assertInstanceOf(Page.class, fetcher.get(server.uri("/a"), Validators.NONE));
        assertEquals(Fixtures.FIRST, new String(page.body(), StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", page.mediaType().orElseThrow());
        assertTrue(page.validators().etag().isPresent());
        assertInstanceOf(NotModified.class, fetcher.get(server.uri("/a"), page.validators()));
        assertEquals(List.of("ParleyTest/1", "ParleyTest/1"), server.userAgents);
    }

    @Test
    void aServerErrorIsRetriedThenReported() {
        server.behave("/broken", e -> FeedServer.status(e, 500));
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/broken"), Validators.NONE));
        assertEquals("HTTP 500", failed.reason());
        assertEquals(2, server.requests("/broken"));
    }

    @Test
    void aClientErrorIsNotRetried() {
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/missing"), Validators.NONE));
        assertEquals("HTTP 404", failed.reason());
        assertEquals(1, server.requests("/missing"));
    }

    @Test
    void aStalledServerTimesOut() {
        server.behave("/slow", e -> FeedServer.stall(e, 3000));
        long start = System.nanoTime();
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/slow"), Validators.NONE));
        assertTrue(failed.reason().startsWith("no complete answer within 800 ms"), failed.reason());
        assertTrue(System.nanoTime() - start < 2_900_000_000L, "gave up before the server answered");
    }

    @Test
    void aFiftyMegabytePageIsCutOffAtTheCeiling() {
        server.behave("/huge", e -> FeedServer.huge(e, 50));
        long start = System.nanoTime();
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/huge"), Validators.NONE));
        assertEquals("larger than 1000000 bytes", failed.reason());
        assertEquals(1, server.requests("/huge"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void aDeclaredLengthOverTheCeilingIsRefusedBeforeTheBody() {
        byte[] big = new byte[2_000_000];
        server.behave("/declared", e -> {
            e.sendResponseHeaders(200, big.length);
            e.getResponseBody().write(big);
        });
        assertEquals("larger than 1000000 bytes",
                assertInstanceOf(Failed.class, fetcher.get(server.uri("/declared"), Validators.NONE)).reason());
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() {
        server.put("/end", "text/plain", "arrived");
        server.behave("/r1", e -> redirect(e, "/end"));
        server.behave("/r2", e -> redirect(e, "/r1"));
        server.behave("/r3", e -> redirect(e, "/r2"));
        Page page = assertInstanceOf(Page.class, fetcher.get(server.uri("/r2"), Validators.NONE));
        assertEquals(server.uri("/end"), page.uri());
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/r3"), Validators.NONE));
        assertEquals("more than 2 redirects", failed.reason());
    }

    @Test
    void aRedirectOffHttpIsRefused() {
        server.behave("/away", e -> redirect(e, "file:///etc/passwd"));
        Failed failed = assertInstanceOf(Failed.class, fetcher.get(server.uri("/away"), Validators.NONE));
        assertEquals("not an http or https URL: file:///etc/passwd", failed.reason());
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        Fetched f = fetcher.get(URI.create("ftp://127.0.0.1/x"), Validators.NONE);
        assertTrue(assertInstanceOf(Failed.class, f).reason().startsWith("not an http or https URL"));
    }

    @Test
    void oneRequestAtATimeGoesToAHost() {
        server.behave("/wait", e -> FeedServer.stall(e, 200));
        List<CompletableFuture<Fetched>> all = List.of(
                CompletableFuture.supplyAsync(() -> fetcher.get(server.uri("/wait"), Validators.NONE)),
                CompletableFuture.supplyAsync(() -> fetcher.get(server.uri("/wait"), Validators.NONE)),
                CompletableFuture.supplyAsync(() -> fetcher.get(server.uri("/wait"), Validators.NONE)));
        all.forEach(f -> assertInstanceOf(Page.class, f.join()));
        assertEquals(1, server.mostInFlight.get());
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange e, String to) throws java.io.IOException {
        e.getResponseHeaders().set("Location", to);
        e.sendResponseHeaders(302, -1);
    }
}
