package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressDisplayTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ArticleResult ok(int n) {
        return new ArticleResult("a" + n + ".txt", ArticleResult.Status.INGESTED, "1 meetings");
    }

    @Test
    void onATerminalABarShowsDoneRateAndTimeLeft() {
        ProgressDisplay d = new ProgressDisplay(out, true, clock::get, 10_000_000_000L);
        d.started(4);
        clock.set(2_000_000_000L);
        d.done(ok(1));
        assertTrue(output().endsWith("[#######.......................] 1/4 articles, 0.50/s, 6 s left"), output());
        d.done(ok(2));
        assertTrue(output().contains("\r\033[K"), "the bar is wiped before the next line");
    }

    @Test
    void elsewherePlainLinesComeEveryInterval() {
        ProgressDisplay d = new ProgressDisplay(out, false, clock::get, 10_000_000_000L);
        d.started(3);
        clock.set(5_000_000_000L);
        d.done(ok(1));
        assertFalse(output().contains("progress"), "not yet ten seconds");
        clock.set(11_000_000_000L);
        d.done(ok(2));
        clock.set(12_000_000_000L);
        d.done(ok(3));
        assertFalse(output().contains("\r"));
        assertEquals(1, output().lines().filter(l -> l.startsWith("parley: progress ")).count(), output());
        assertTrue(output().contains("parley: progress 2/3 articles, 0.18/s, 6 s left"), output());
        assertTrue(output().contains("parley: ok a3.txt: 1 meetings"));
    }
}
