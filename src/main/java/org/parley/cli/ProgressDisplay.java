package org.parley.cli;

import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Shows how a bulk ingest goes on standard error. On a terminal a bar (done of total, rate, time left) is
 * redrawn in place under the per-article lines; elsewhere (a log file, a pipe) a plain progress line is
 * written every {@code interval}, since carriage returns would litter a log.
 */
final class ProgressDisplay implements IngestService.Listener {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long intervalNanos;
    private long start;
    private long lastLine;
    private int total;
    private int done;
    private boolean barShown;

    ProgressDisplay(PrintStream out, boolean terminal, LongSupplier nanos, long intervalNanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.intervalNanos = intervalNanos;
    }

    /** For the command line: a bar when standard error is a terminal, else a line every ten seconds. */
    static ProgressDisplay forStandardError() {
        return new ProgressDisplay(System.err, System.console() != null, System::nanoTime, 10_000_000_000L);
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.start = nanos.getAsLong();
        this.lastLine = start;
    }

    @Override
    public synchronized void done(ArticleResult result) {
        done++;
        if (barShown) {
            out.print("\r\033[K");
            barShown = false;
        }
        out.println(IngestCommand.line(result));
        long now = nanos.getAsLong();
        if (terminal && done < total) {
            out.print(bar(now));
            out.flush();
            barShown = true;
        } else if (!terminal && now - lastLine >= intervalNanos && done < total) {
            out.println("parley: progress " + status(now));
            lastLine = now;
        }
    }

    /** The bar without a line end: {@code [#####.....] 12/40 2.5/s 11 s left}. */
    String bar(long now) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status(now);
    }

    private String status(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? Math.round((total - done) / rate) + " s left" : "time left unknown";
        return String.format("%d/%d articles, %.2f/s, %s", done, total, rate, left);
    }
}
