package org.parley.schedule;

/** Feeds and article pages written for these tests. */
final class Fixtures {
    private Fixtures() {}

    static String atom(String updated, String... links) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            entries.append("""
                      <entry>
                        <title>Item %d</title>
                        <link href="%s"/>
                        <id>urn:test:item:%d</id>
                        <updated>%s</updated>
                      </entry>
                    """.formatted(i + 1, links[i], i + 1, updated));
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Test wire</title>
                  <id>urn:test:wire</id>
                  <updated>%s</updated>
                %s</feed>
                """.formatted(updated, entries);
    }

    static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            items.append("""
                        <item><title>Story %d</title><link>%s</link><pubDate>Tue, 14 May 2024 08:00:00 GMT</pubDate></item>
                    """.formatted(i + 1, links[i]));
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Test bulletin</title><link>http://example.org/</link>
                <description>Test</description>
                %s</channel></rss>
                """.formatted(items);
    }

    static String page(String headline, String body) {
        return """
                <!DOCTYPE html>
                <html><head><title>%s</title><meta name="date" content="2024-05-14"></head>
                <body><article><h1>%s</h1><p>%s</p></article></body></html>
                """.formatted(headline, headline, body);
    }

    static final String FIRST = page("Fish market opens in the harbour town",
            "The harbour town opened a new fish market on Monday, its mayor said, after two years of building work.");
    static final String SECOND = page("Ministers speak by phone",
            "The foreign minister of Eastvale spoke by phone with her counterpart from Westmoor on Tuesday.");

    static final String MALFORMED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>broken</channel>";

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
              <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
            ]>
            <rss version="2.0"><channel><title>&i;</title><link>http://example.org/</link><description>x</description>
            <item><title>&i;</title><link>http://example.org/a</link></item></channel></rss>
            """;
}
