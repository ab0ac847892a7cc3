package org.parley.schedule;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads an RSS 2.0 or Atom document into its items, through Rome. Rome refuses documents with a
 * DOCTYPE, so entity expansion (billion laughs) and external entities never happen.
 */
final class FeedReader {
    private FeedReader() {}

    /**
     * One item of a feed.
     *
     * @param link      the item's page, resolved against the feed's address; empty when it has none we may fetch
     * @param content   the item's full content or summary, with its media type, when the feed carries one
     */
    record Item(Optional<URI> link, Optional<String> title, Optional<LocalDate> published,
                Optional<String> content, Optional<String> contentType) {}

    /** The feed's items, or the reason it cannot be read. */
    static List<Item> read(byte[] body, URI feedUri) throws FeedProblem {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedProblem("not an RSS or Atom feed: " + e.getMessage());
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> link = Optional.ofNullable(entry.getLink()).map(String::strip).flatMap(l -> resolve(feedUri, l));
            Optional<SyndContent> content = entry.getContents().stream().filter(c -> c.getValue() != null).findFirst()
                    .or(() -> Optional.ofNullable(entry.getDescription()).filter(c -> c.getValue() != null));
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            items.add(new Item(link, Optional.ofNullable(entry.getTitle()).map(String::strip).filter(t -> !t.isEmpty()),
                    Optional.ofNullable(date).map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()),
                    content.map(SyndContent::getValue), content.map(SyndContent::getType)));
        }
        return items;
    }

    private static Optional<URI> resolve(URI base, String link) {
        try {
            URI uri = base.resolve(link);
            return PoliteFetcher.fetchable(uri) ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The document is not a feed Parley can read. */
    static final class FeedProblem extends Exception {
        FeedProblem(String message) {
            super(message);
        }
    }
}
