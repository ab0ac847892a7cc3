package org.parley.schedule;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.source.ArticleReader;
import org.parley.store.CrossArticleResolution;
import org.parley.store.ParleyStore;
import org.parley.store.TdbArticleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A poll the server's shutdown cuts short: the article in hand fails as an interrupted analysis does, the poll takes
 * nothing more, and the next start takes both articles through the real pipeline into a TDB2 store.
 */
@QuarkusTest
class SourcePollerStopTest {
    @Inject
    ArticleReader reader;
    @Inject
    IngestService ingest;
    @Inject
    CrossArticleResolution resolution;

    @TempDir
    Path dir;
    ParleyStore store;
    SourcePoller.Pipeline pipeline;

    @BeforeEach
    void start() {
        store = new ParleyStore(dir.resolve("tdb2"));
        pipeline = Sources.pipeline(reader, ingest, new TdbArticleStore(store, resolution));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private SourcePoller poller(SourcePoller.Pipeline through) {
        return new SourcePoller(new PoliteFetcher(PoliteFetcherTest.LIMITS), new SeenItems(dir.resolve("seen.tsv")), through);
    }

    private static SourceStatus status() {
        return new SourceStatus("drop", "folder", "test", "every 5m");
    }

    @Test
    void anArticleTheShutdownInterruptsIsTakenAtTheNextStartAndThePollStopsThere() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(folder.resolve("a-first.txt"), """
                date 2024-06-03 By Staff Writer, THE HARBOUR GAZETTE

                Trade envoy Arvo Linnet met harbour commissioner Hester Vane in Millbrook on Tuesday to discuss ferry fares.
                """);
        Files.writeString(folder.resolve("b-second.txt"), """
                date 2024-06-04 By Staff Writer, THE HARBOUR GAZETTE

                Mayor Fenna Outram met river warden Ivo Carrick in Eastwold on Wednesday to discuss the lock gates.
                """);
        SourcePoller[] stopped = new SourcePoller[1];
        SourcePoller.Pipeline shutdownMidway = new SourcePoller.Pipeline() {
            @Override
            public ArticleResult fetched(String name, byte[] body, Optional<String> mediaType, Optional<LocalDate> published) {
                return pipeline.fetched(name, body, mediaType, published);
            }

            @Override
            public ArticleResult file(Path file) {
                // what the server logged when its stop interrupted CoreNLP: interrupting the real analysis here would
                // also close the store's file channels under TDB2, which the server no longer needs but this test does
                stopped[0].stop();
                return new ArticleResult(file.toString(), ArticleResult.Status.FAILED,
                        "analysis failed: edu.stanford.nlp.util.RuntimeInterruptedException");
            }

            @Override
            public List<Path> files(Path f) {
                return pipeline.files(f);
            }
        };
        stopped[0] = poller(shutdownMidway);
        SourceStatus cut = status();
        stopped[0].pollFolder(folder, cut);
        assertEquals(1, cut.snapshot().seen(), "the poll stopped after the article in hand");
        assertEquals(0, cut.snapshot().ingested(), cut.snapshot().toString());

        SourceStatus next = status();
        poller(pipeline).pollFolder(folder, next);
        assertEquals(2, next.snapshot().ingested(), "both articles are taken at the next start: " + next.snapshot());
        assertEquals(0, next.snapshot().failed(), next.snapshot().toString());
    }
}
