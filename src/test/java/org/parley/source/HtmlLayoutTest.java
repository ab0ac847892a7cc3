package org.parley.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlLayoutTest {

    static String fixture(String name) {
        try (InputStream in = HtmlLayoutTest.class.getResourceAsStream("/source/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void articleElementIsTheBodyWithoutPageFurniture() {
        ArticleParts parts = HtmlLayout.parse(fixture("embassy-page.html"), Optional.empty());
        String body = parts.body();
        assertTrue(body.startsWith("Envoys from Veloria and Astrand met for six hours"), body);
        assertTrue(body.endsWith("which both governments claim."), body);
        assertEquals(3, body.split("\n\n").length, body);
        for (String furniture : List.of("Northline home", "Politics", "Most read", "Copyright", "Share this",
                "By Mara Lindqvist", "Envoys agree to reopen ferry line")) {
            assertFalse(body.contains(furniture), furniture + " in " + body);
        }
    }

    @Test
    void scriptTextNeverReachesTheBody() {
        assertFalse(HtmlLayout.parse(fixture("embassy-page.html"), Optional.empty()).body()
                .contains("SCRIPT-TEXT-MUST-NOT-APPEAR"));
        String inline = "<html><body><p>The talks ended early on Sunday afternoon.<script>alert('x')</script>"
                + "</p><style>p{color:red}</style></body></html>";
        assertEquals("The talks ended early on Sunday afternoon.", HtmlLayout.parse(inline, Optional.empty()).body());
    }

    @Test
    void openGraphAndMetaTagsGiveMetadata() {
        ArticleParts parts = HtmlLayout.parse(fixture("embassy-page.html"), Optional.empty());
        assertEquals(Optional.of("Envoys agree to reopen ferry line"), parts.title());
        assertEquals(Optional.of(LocalDate.of(2023, 4, 11)), parts.published());
        assertEquals(List.of("Mara Lindqvist"), parts.authors());
        assertEquals(Optional.of("Northline"), parts.publisher());
    }

    @Test
    void canonicalLinkWinsOverOpenGraphUrl() {
        assertEquals(Optional.of("https://news.example.org/2023/04/envoys-reopen-ferry"),
                HtmlLayout.parse(fixture("embassy-page.html"), Optional.empty()).canonicalUrl());
    }

    @Test
    void openGraphUrlServesWhenThereIsNoCanonicalLink() {
        String page = "<html><head><meta property=\"og:url\" content=\"http://wire.example.com/a/1\">"
                + "<meta property=\"og:title\" content=\"Quiet border\"></head>"
                + "<body><p>The border stayed quiet all week.</p></body></html>";
        ArticleParts parts = HtmlLayout.parse(page, Optional.empty());
        assertEquals(Optional.of("http://wire.example.com/a/1"), parts.canonicalUrl());
        assertEquals(Optional.of("Quiet border"), parts.title());
    }

    @Test
    void onlyHttpAddressesAreCanonical() {
        String page = "<html><head><link rel=\"canonical\" href=\"file:///etc/passwd\"></head>"
                + "<body><p>The border stayed quiet all week.</p></body></html>";
        assertTrue(HtmlLayout.parse(page, Optional.empty()).canonicalUrl().isEmpty());
        String relative = "<html><head><link rel=\"canonical\" href=\"/story/7\"></head>"
                + "<body><p>The border stayed quiet all week.</p></body></html>";
        assertTrue(HtmlLayout.parse(relative, Optional.empty()).canonicalUrl().isEmpty());
        assertEquals(Optional.of("https://site.example.org/story/7"),
                HtmlLayout.parse(relative, Optional.of("https://site.example.org/feed/x")).canonicalUrl());
    }

    @Test
    void itempropArticleBodyIsTheBody() {
        ArticleParts parts = HtmlLayout.parse(fixture("item-body-page.html"), Optional.empty());
        assertEquals("Talks between the two neighbouring republics on their shared river border have been "
                + "postponed by a week, officials in both capitals said on Friday.\n\nThe delegations had been "
                + "due to meet in a neutral city on Monday, but one side asked for more time to consult its "
                + "parliament.", parts.body());
    }

    @Test
    void jsonLdNewsArticleWithAuthorObjectGivesMetadata() {
        ArticleParts parts = HtmlLayout.parse(fixture("item-body-page.html"), Optional.empty());
        assertEquals(Optional.of("Border talks postponed by a week"), parts.title());
        assertEquals(Optional.of(LocalDate.of(2022, 9, 30)), parts.published());
        assertEquals(List.of("Ines Haldor"), parts.authors());
        assertEquals(Optional.of("Coastal Ledger"), parts.publisher());
        assertEquals(Optional.of("https://ledger.example.com/border-talks-postponed"), parts.canonicalUrl());
    }

    @Test
    void densestParagraphBlockIsTheBodyWhenNothingIsMarked() {
        ArticleParts parts = HtmlLayout.parse(fixture("plain-page.html"), Optional.empty());
        assertTrue(parts.body().startsWith("The foreign ministers of the two neighbouring kingdoms"), parts.body());
        assertTrue(parts.body().endsWith("A meeting in person has not been scheduled."), parts.body());
        assertFalse(parts.body().contains("teaser"));
        assertFalse(parts.body().contains("Related"));
    }

    @Test
    void jsonLdGraphWithAuthorArrayGivesAllAuthors() {
        ArticleParts parts = HtmlLayout.parse(fixture("plain-page.html"), Optional.empty());
        assertEquals(List.of("Oskar Brandt", "Lea Mirani"), parts.authors());
        assertEquals(Optional.of("Valley Courier"), parts.publisher());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 2)), parts.published());
        assertEquals(Optional.of("Ministers speak by phone"), parts.title());
        assertTrue(parts.canonicalUrl().isEmpty());
    }

    @Test
    void brokenJsonLdIsIgnoredAndTimeElementGivesTheDate() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                + "</head><body><article><time datetime=\"2018-07-14T10:00\">Saturday</time>"
                + "<p>The summit opened with a short speech.</p></article></body></html>";
        ArticleParts parts = HtmlLayout.parse(page, Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2018, 7, 14)), parts.published());
        assertEquals("Saturday\n\nThe summit opened with a short speech.", parts.body());
    }

    @Test
    void pageOfScriptsHasNoBody() {
        assertEquals("", HtmlLayout.parse(fixture("scripts-only.html"), Optional.empty()).body());
    }

    @Test
    void doctypeOrHtmlTagMarksAWebPage() {
        assertTrue(HtmlLayout.sniff("\n  <!DOCTYPE html><html></html>"));
        assertTrue(HtmlLayout.sniff("<HTML lang=en>"));
        assertFalse(HtmlLayout.sniff("The summit opened with <b>no</b> agenda."));
    }

    @Test
    void deeplyNestedMarkupIsReadAsFlatTextInBoundedTime() {
        String sentence = "The envoys met in the harbour town on Monday.";
        List<String> pages = List.of(
                "<html><body>" + "<div>".repeat(100_000) + "<p>" + sentence + "</p>" + "</div>".repeat(100_000) + "</body></html>",
                "<html><body>" + "<article>".repeat(20_000) + "<p>" + sentence + "</p>" + "</article>".repeat(20_000) + "</body></html>",
                "<html><body>" + "<div class=nav><p>menu</p>".repeat(20_000) + "<p>" + sentence + "</p>" + "</div>".repeat(20_000) + "</body></html>");
        for (String page : pages) {
            ArticleParts parts = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> HtmlLayout.parse(page, Optional.empty()));
            assertTrue(parts.body().contains(sentence), parts.body().substring(0, Math.min(200, parts.body().length())));
        }
    }
}
