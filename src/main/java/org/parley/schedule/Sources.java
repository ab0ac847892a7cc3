package org.parley.schedule;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;
import org.parley.domain.Article;
import org.parley.domain.Outcome;
import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.source.ArticleReader;
import org.parley.store.ArticleStore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;

/**
 * The configured feeds and folders, polled on their schedules. A scheduler tick finds the sources that are
 * due and polls each on a small pool, so that a slow or broken source holds up only itself; a source is never
 * polled twice at once. Each source's status feeds the status page and {@code /q/metrics}.
 */
@ApplicationScoped
public class Sources {
    private static final Logger LOG = Logger.getLogger(Sources.class);

    /** A configured source: a feed or a folder, and when it is polled. */
    record Source(String name, Optional<URI> feed, boolean useContent, Optional<Path> folder, PollSchedule schedule,
                  SourceStatus status) {}

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final SourcePoller poller;
    private final ExecutorService workers;
    private final MeterRegistry metrics;

    public Sources(ParleyConfig config, ArticleReader reader, IngestService ingest, IngestTarget target, MeterRegistry metrics) {
        ParleyConfig.Sources c = config.sources();
        ParleyConfig.Sources.Fetch f = c.fetch();
        PoliteFetcher fetcher = new PoliteFetcher(new PoliteFetcher.Limits(f.connectTimeout(), f.readTimeout(), f.maxBytes(),
                f.maxRedirects(), f.userAgent(), f.attempts(), f.backoff()));
        Path state = c.state().orElseGet(() -> config.store().resolveSibling(config.store().getFileName() + ".sources.tsv"));
        this.poller = new SourcePoller(fetcher, new SeenItems(state), pipeline(reader, ingest, target.store()));
        this.metrics = metrics;
        Partition partition = Partition.parse(c.partition());
        c.feeds().forEach((name, feed) -> {
            if (feed.enabled() && partition.takes(name)) {
                if (!PoliteFetcher.fetchable(feed.url())) {
                    throw new IllegalArgumentException("parley.sources.feeds." + name + ".url must be an http or https URL: " + feed.url());
                }
                PollSchedule schedule = PollSchedule.of("parley.sources.feeds." + name, feed.cron(), feed.every());
                add(new Source(name, Optional.of(feed.url()), feed.useContent(), Optional.empty(), schedule,
                        new SourceStatus(name, "feed", feed.url().toString(), schedule.describe())));
            }
        });
        c.folders().forEach((name, folder) -> {
            if (folder.enabled() && partition.takes(name)) {
                PollSchedule schedule = PollSchedule.of("parley.sources.folders." + name, folder.cron(), folder.every());
                add(new Source(name, Optional.empty(), false, Optional.of(folder.path()), schedule,
                        new SourceStatus(name, "folder", folder.path().toString(), schedule.describe())));
            }
        });
        this.workers = Executors.newFixedThreadPool(Math.max(1, c.workers()));
    }

    static SourcePoller.Pipeline pipeline(ArticleReader reader, IngestService ingest, ArticleStore store) {
        return new SourcePoller.Pipeline() {
            @Override
            public ArticleResult fetched(String name, byte[] body, Optional<String> mediaType, Optional<LocalDate> published) {
                Outcome<Article> read = reader.read(name, body, mediaType);
                // the feed's date counts only when the page gives none
                if (read instanceof Outcome.Ok<Article> ok && ok.value().published().isEmpty() && published.isPresent()) {
                    read = Outcome.ok(ok.value().withPublished(published.get()));
                }
                return ingest.ingest(name, read, Optional.empty(), store);
            }

            @Override
            public ArticleResult file(Path file) {
                return ingest.ingest(file.toString(), reader.read(file), Optional.empty(), store);
            }

            @Override
            public List<Path> files(Path folder) {
                return reader.expand(List.of(folder.toString()));
            }
        };
    }

    private void add(Source source) {
        sources.put(source.name(), source);
        SourceStatus s = source.status();
        s.scheduled(source.schedule().first(Instant.now()));
        gauge("parley.source.items.seen", "Items the source has shown since start", s, SourceStatus.Snapshot::seen);
        gauge("parley.source.items.ingested", "Items ingested from the source since start", s, SourceStatus.Snapshot::ingested);
        gauge("parley.source.items.unchanged", "Items skipped as already taken", s, SourceStatus.Snapshot::unchanged);
        gauge("parley.source.items.failed", "Items (or polls) of the source that failed since start", s, SourceStatus.Snapshot::failed);
        gauge("parley.source.last.poll", "When the source was last polled, seconds since the epoch", s,
                v -> v.lastPoll().map(Instant::getEpochSecond).orElse(0L));
        gauge("parley.source.next.poll", "When the source is polled next, seconds since the epoch", s,
                v -> v.nextPoll().map(Instant::getEpochSecond).orElse(0L));
    }

    private void gauge(String name, String description, SourceStatus status, ToDoubleFunction<SourceStatus.Snapshot> value) {
        Gauge.builder(name, status, s -> value.applyAsDouble(s.snapshot())).description(description)
                .tag("source", status.name()).register(metrics);
    }

    /** Polls the sources that are due; runs every {@code parley.sources.tick}. */
    @Scheduled(every = "${parley.sources.tick:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = Instant.now();
        for (Source source : sources.values()) {
            SourceStatus status = source.status();
            if (status.polling() || status.nextPoll().filter(now::isBefore).isPresent()) {
                continue;
            }
            status.pollStarted(now);
            workers.execute(() -> poll(source));
        }
    }

    /** Polls one source now, on the calling thread; its failures end up in its status. */
    private void poll(Source source) {
        SourceStatus status = source.status();
        status.pollStarted(Instant.now());
        try {
            if (source.feed().isPresent()) {
                poller.pollFeed(source.feed().get(), source.useContent(), status);
            } else {
                poller.pollFolder(source.folder().orElseThrow(), status);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "source %s: poll failed", source.name());
            status.failed(source.name(), "internal error: " + e);
        } finally {
            status.pollEnded(source.schedule().next(Instant.now()));
        }
    }

    /** Polls the named source now, unless it is being polled already; empty when there is no such source. */
    public Optional<SourceStatus.Snapshot> pollNow(String name) {
        Source source = sources.get(name);
        if (source == null) {
            return Optional.empty();
        }
        if (!source.status().polling()) {
            poll(source);
        }
        return Optional.of(source.status().snapshot());
    }

    /** The status of every configured source, in configuration order. */
    public List<SourceStatus.Snapshot> statuses() {
        List<SourceStatus.Snapshot> all = new ArrayList<>();
        sources.values().forEach(s -> all.add(s.status().snapshot()));
        return Collections.unmodifiableList(all);
    }

    void stop(@Observes ShutdownEvent event) {
        poller.stop(); // before the interrupts, so that no failure they cause is taken for the article's
        workers.shutdownNow();
    }

    /** Which sources this ingester polls when several share the configuration. */
    record Partition(int index, int count) {
        static Partition parse(String text) {
            String[] parts = text.strip().split("/");
            try {
                Partition p = new Partition(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (parts.length == 2 && p.count() > 0 && p.index() >= 0 && p.index() < p.count()) {
                    return p;
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // reported below
            }
            throw new IllegalArgumentException("parley.sources.partition must be i/n with 0 <= i < n, not " + text);
        }

        boolean takes(String sourceName) {
            return Math.floorMod(sourceName.hashCode(), count) == index;
        }
    }
}
