package org.parley.schedule;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FeedReaderTest {
    private static final URI BASE = URI.create("http://news.test/feeds/wire.xml");

    private static List<FeedReader.Item> read(String xml) throws FeedReader.FeedProblem {
        return FeedReader.read(xml.getBytes(StandardCharsets.UTF_8), BASE);
    }

    @Test
    void atomEntriesGiveTheirLinksResolvedAgainstTheFeed() throws Exception {
        List<FeedReader.Item> items = read(Fixtures.atom("2024-05-14T08:00:00Z", "/story/1", "https://other.test/x"));
        assertEquals(List.of(Optional.of(URI.create("http://news.test/story/1")), Optional.of(URI.create("https://other.test/x"))),
                items.stream().map(FeedReader.Item::link).toList());
        assertEquals(Optional.of("Item 1"), items.get(0).title());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 14)), items.get(0).published());
    }

    @Test
    void rssItemsGiveLinkTitleAndDate() throws Exception {
        List<FeedReader.Item> items = read(Fixtures.rss("http://news.test/a"));
        assertEquals(Optional.of(URI.create("http://news.test/a")), items.get(0).link());
        assertEquals(Optional.of("Story 1"), items.get(0).title());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 14)), items.get(0).published());
    }

    @Test
    void linksThatAreNotHttpAreDropped() throws Exception {
        List<FeedReader.Item> items = read(Fixtures.rss("file:///etc/passwd", "ftp://news.test/a"));
        assertTrue(items.stream().allMatch(i -> i.link().isEmpty()));
    }

    @Test
    void malformedXmlIsAProblemNotACrash() {
        FeedReader.FeedProblem p = assertThrows(FeedReader.FeedProblem.class, () -> read(Fixtures.MALFORMED));
        assertTrue(p.getMessage().startsWith("not an RSS or Atom feed"), p.getMessage());
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> assertThrows(FeedReader.FeedProblem.class, () -> read(Fixtures.BILLION_LAUGHS)));
    }

    @Test
    void externalEntitiesAreRefusedAndNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>t</title><link>http://news.test/</link><description>d</description>
                <item><title>&secret;</title><link>http://news.test/a</link></item></channel></rss>
                """;
        FeedReader.FeedProblem p = assertThrows(FeedReader.FeedProblem.class, () -> read(xxe));
        assertTrue(p.getMessage().startsWith("not an RSS or Atom feed"), p.getMessage());
    }

    @Test
    void aFeedOfAHundredThousandItemsGivesOnlyTheFirstThousandAndQuickly() {
        String[] links = new String[100_000];
        for (int i = 0; i < links.length; i++) {
            links[i] = "http://news.test/s/" + i;
        }
        String feed = Fixtures.rss(links);
        List<FeedReader.Item> items = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> read(feed));
        assertEquals(FeedReader.MAX_ITEMS, items.size());
        assertEquals(Optional.of(URI.create("http://news.test/s/0")), items.get(0).link());
        assertEquals(Optional.of(URI.create("http://news.test/s/999")), items.get(items.size() - 1).link());
    }
}
