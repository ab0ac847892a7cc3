package org.parley.schedule;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
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
    private static final Logger LOG = Logger.getLogger(FeedReader.class);
    /**
     * Most items taken from one document. News feeds carry tens; a feed of thousands is a mistake or an attack,
     * and each item may cost a page fetch and an ingest.
     */
    static final int MAX_ITEMS = 1000;

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
            // parsed first and cut to MAX_ITEMS before Rome converts the items, which takes minutes for 100,000
            Document document = new SecureInput().parse(new XmlFixerReader(new XmlReader(new ByteArrayInputStream(body))));
            int dropped = keepFirstItems(document.getRootElement());
            if (dropped > 0) {
                LOG.warnf("%s: %d items; only the first %d are taken", feedUri, MAX_ITEMS + dropped, MAX_ITEMS);
            }
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | JDOMException | IOException | IllegalArgumentException e) {
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

    /**
     * Drops the items (RSS 2.0 under the channel, RSS 1.0 and Atom under the root) after the first MAX_ITEMS;
     * returns how many went. The content is taken off and put back whole: removing items one by one is quadratic.
     */
    private static int keepFirstItems(Element root) {
        int kept = 0;
        int dropped = 0;
        List<Element> parents = new ArrayList<>(root.getChildren());
        parents.add(0, root);
        for (Element parent : parents) {
            List<Content> content = parent.removeContent();
            List<Content> keep = new ArrayList<>(content.size());
            for (Content c : content) {
                boolean item = c instanceof Element e && (e.getName().equals("item") || e.getName().equals("entry"));
                if (item && ++kept > MAX_ITEMS) {
                    dropped++;
                } else {
                    keep.add(c);
                }
            }
            parent.addContent(keep);
        }
        return dropped;
    }

    /** Rome's parser settings (no DOCTYPE, no external entities), for a document parsed before Rome reads it. */
    private static final class SecureInput extends WireFeedInput {
        SecureInput() {
            setAllowDoctypes(false);
        }

        Document parse(Reader reader) throws JDOMException, IOException {
            return createSAXBuilder().build(reader);
        }
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
