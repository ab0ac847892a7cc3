package org.parley.schedule;

import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.schedule.FeedReader.FeedProblem;
import org.parley.schedule.FeedReader.Item;
import org.parley.schedule.PoliteFetcher.Fetched;
import org.parley.schedule.PoliteFetcher.Page;
import org.parley.schedule.PoliteFetcher.Validators;
import org.parley.schedule.SeenItems.Seen;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One poll of one source: which of its items are new or changed, and each of those handed to the pipeline.
 * An item already taken is skipped (the server answers 304, or its content hash is the one taken before,
 * or another item had the same content); a changed one is taken again and its graph replaced. Failures are
 * recorded in the source's status and never escape.
 */
final class SourcePoller {

    /** Where new items go: the ingest pipeline. */
    interface Pipeline {
        /** Bytes fetched from {@code name} (a canonical URL) or carried by a feed item. */
        ArticleResult fetched(String name, byte[] body, Optional<String> mediaType, Optional<LocalDate> published);

        /** A file found in a watched folder. */
        ArticleResult file(Path file);

        /** The files of a folder that may be articles. */
        List<Path> files(Path folder);
    }

    private final PoliteFetcher fetcher;
    private final SeenItems seen;
    private final Pipeline pipeline;
    /** Set as the server shuts down: the items not settled yet are left for the next start. */
    private volatile boolean stopping;

    SourcePoller(PoliteFetcher fetcher, SeenItems seen, Pipeline pipeline) {
        this.fetcher = fetcher;
        this.seen = seen;
        this.pipeline = pipeline;
    }

    /**
     * Takes no more items and settles none that fails from now on: a server being stopped interrupts the analysis
     * of the article in hand, and that failure is the stop's, not the article's.
     */
    void stop() {
        stopping = true;
    }

    void pollFeed(URI feed, boolean useContent, SourceStatus status) {
        try {
            String feedKey = "feed:" + SeenItems.canonical(feed);
            Optional<Seen> before = seen.get(feedKey);
            Fetched answer = fetcher.get(feed, validators(before));
            if (answer instanceof PoliteFetcher.Failed f) {
                status.failed(feed.toString(), f.reason());
                return;
            }
            if (!(answer instanceof Page page)) {
                return; // 304: the feed has not changed, so neither have its items
            }
            List<Item> items;
            try {
                items = FeedReader.read(page.body(), page.uri());
            } catch (FeedProblem e) {
                status.failed(feed.toString(), e.getMessage());
                return;
            }
            boolean settled = true;
            for (Item item : items) {
                if (stopping) {
                    return; // the feed's validators stay unsettled, so the next start reads it whole again
                }
                status.seen();
                settled &= item(item, useContent, status);
            }
            // the feed's validators are kept only when every item is settled: otherwise the next poll must
            // fetch the feed again (not get a 304) to retry the items that may yet come through
            if (settled) {
                seen.put(new Seen(feedKey, page.validators().etag(), page.validators().lastModified(), SeenItems.sha256(page.body())));
            }
        } catch (RuntimeException e) {
            status.failed(feed.toString(), "internal error: " + e);
        }
    }

    /** Handles one item; false when it failed in a way that may pass, so that it is worth another try. */
    private boolean item(Item item, boolean useContent, SourceStatus status) {
        if (item.content().isPresent() && (useContent || item.link().isEmpty())) {
            byte[] body = item.content().get().getBytes(StandardCharsets.UTF_8);
            String hash = SeenItems.sha256(body);
            String key = item.link().map(SeenItems::canonical).orElse("item:" + hash);
            String type = item.contentType().filter(t -> t.contains("html")).map(t -> "text/html").orElse("text/plain");
            return take(key, body, Optional.of(type), hash, Validators.NONE, item.published(), status);
        }
        if (item.link().isEmpty()) {
            status.failed(item.title().orElse("an item"), "no link to an http or https page and no content");
            return true;
        }
        URI link = item.link().get();
        String key = SeenItems.canonical(link);
        Optional<Seen> before = seen.get(key);
        Fetched answer = fetcher.get(link, validators(before));
        if (answer instanceof PoliteFetcher.Failed f) {
            status.failed(key, f.reason());
            return false;
        }
        if (answer instanceof Page page) {
            return take(key, page.body(), page.mediaType(), SeenItems.sha256(page.body()), page.validators(), item.published(), status);
        }
        status.unchanged();
        return true;
    }

    private boolean take(String key, byte[] body, Optional<String> mediaType, String hash, Validators validators,
                      Optional<LocalDate> published, SourceStatus status) {
        Optional<Seen> before = seen.get(key);
        Seen now = new Seen(key, validators.etag(), validators.lastModified(), hash);
        if (before.filter(b -> b.contentHash().equals(hash)).isPresent()
                || seen.keyOfContent(hash).filter(k -> !k.equals(key)).isPresent()) {
            seen.put(now);
            status.unchanged();
            return true;
        }
        ArticleResult result = pipeline.fetched(key, body, mediaType, published);
        status.taken(result);
        return remember(now, result);
    }

    void pollFolder(Path folder, SourceStatus status) {
        try {
            if (!Files.isDirectory(folder)) {
                status.failed(folder.toString(), "not a folder");
                return;
            }
            for (Path file : pipeline.files(folder)) {
                if (stopping) {
                    return;
                }
                status.seen();
                String key = "file:" + file.toAbsolutePath().normalize();
                String stamp;
                try {
                    stamp = Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    status.failed(key, "cannot read: " + e.getMessage());
                    continue;
                }
                // a file is taken again only when its size or modification time changed
                if (seen.get(key).filter(s -> s.contentHash().equals(stamp)).isPresent()) {
                    status.unchanged();
                    continue;
                }
                ArticleResult result = pipeline.file(file);
                status.taken(result);
                remember(new Seen(key, Optional.empty(), Optional.empty(), stamp), result);
            }
        } catch (RuntimeException e) {
            status.failed(folder.toString(), "internal error: " + e);
        }
    }

    /**
     * Remembers an item unless its failure may pass (the store could not be written, or the server was stopping):
     * those are taken again at the next poll. An article the pipeline refused stays refused until its content
     * changes. Returns whether the item is settled.
     */
    private boolean remember(Seen now, ArticleResult result) {
        boolean settled = result.status() != ArticleResult.Status.FAILED
                || !(stopping || result.detail().startsWith(IngestService.STORE_FAILURE));
        if (settled) {
            seen.put(now);
        }
        return settled;
    }

    private static Validators validators(Optional<Seen> before) {
        return before.map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
    }
}
