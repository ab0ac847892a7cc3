package org.parley.schedule;

import org.parley.ingest.ArticleResult;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * How one source has fared since the server started: when it was polled and will be next, how many items it
 * showed, how many were ingested, and the latest failures with their reasons. Read by the status page and
 * the metrics while a poll updates it.
 */
public final class SourceStatus {
    private static final int KEPT_FAILURES = 10;

    /** A failed item (or the whole source, then {@code item} is the source's address) and why. */
    public record Failure(Instant at, String item, String reason) {}

    /** A copy of the counters at one moment. */
    public record Snapshot(String name, String kind, String location, String schedule, boolean polling, Optional<Instant> lastPoll,
                           Optional<Instant> nextPoll, long seen, long ingested, long unchanged, long failed,
                           List<Failure> failures) {}

    private final String name;
    private final String kind;
    private final String location;
    private final String schedule;
    private Instant lastPoll;
    private Instant nextPoll;
    private boolean polling;
    private long seen;
    private long ingested;
    private long unchanged;
    private long failed;
    private final Deque<Failure> failures = new ArrayDeque<>();

    SourceStatus(String name, String kind, String location, String schedule) {
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.schedule = schedule;
    }

    public String name() {
        return name;
    }

    synchronized void pollStarted(Instant now) {
        polling = true;
        lastPoll = now;
    }

    /** The first poll, before any has run. */
    synchronized void scheduled(Instant next) {
        nextPoll = next;
    }

    synchronized void pollEnded(Instant next) {
        polling = false;
        nextPoll = next;
    }

    synchronized boolean polling() {
        return polling;
    }

    synchronized Optional<Instant> nextPoll() {
        return Optional.ofNullable(nextPoll);
    }

    synchronized void seen() {
        seen++;
    }

    /** An item that needed no work: not modified, same content as before, or taken under another address. */
    synchronized void unchanged() {
        unchanged++;
    }

    synchronized void taken(ArticleResult result) {
        switch (result.status()) {
            case INGESTED -> ingested++;
            case UNCHANGED, DUPLICATE -> unchanged++;
            case FAILED -> failed(result.name(), result.detail());
        }
    }

    synchronized void failed(String item, String reason) {
        failed++;
        failures.addFirst(new Failure(Instant.now(), item, reason));
        while (failures.size() > KEPT_FAILURES) {
            failures.removeLast();
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(name, kind, location, schedule, polling, Optional.ofNullable(lastPoll), Optional.ofNullable(nextPoll),
                seen, ingested, unchanged, failed, List.copyOf(failures));
    }
}
