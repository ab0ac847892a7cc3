package org.parley.source;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextLayoutTest {

    @Test
    void metadataLineGivesDateAuthorsAndOutlet() {
        ArticleParts parts = PlainTextLayout.parse(
                "date 2021-10-05 By Ada Marsh, Piet Sol, HARBOUR WIRE\n\nThe envoys met.\n\nThey left.\n");
        assertEquals(Optional.of(LocalDate.of(2021, 10, 5)), parts.published());
        assertEquals(List.of("Ada Marsh", "Piet Sol"), parts.authors());
        assertEquals(Optional.of("HARBOUR WIRE"), parts.publisher());
        assertEquals("The envoys met.\n\nThey left.\n", parts.body());
    }

    @Test
    void metadataLineMayStartWithWhitespace() {
        ArticleParts parts = PlainTextLayout.parse("   date 2019-01-31 By Ada Marsh, Coastal Ledger\n\nBody here.");
        assertEquals(Optional.of(LocalDate.of(2019, 1, 31)), parts.published());
        assertEquals(List.of("Ada Marsh"), parts.authors());
        assertEquals(Optional.of("Coastal Ledger"), parts.publisher());
        assertEquals("Body here.", parts.body());
    }

    @Test
    void singleAuthorIsFollowedByAMultiWordOutlet() {
        assertEquals(new Byline(List.of("Ines Haldor"), Optional.of("Meadow Press Agency")),
                Byline.parse("Ines Haldor, Meadow Press Agency"));
        assertEquals(new Byline(List.of("Ines Haldor"), Optional.of("Lakeshore Dispatch")),
                Byline.parse("Ines Haldor, Lakeshore Dispatch"));
        assertEquals(new Byline(List.of("Ines Haldor"), Optional.of("Northline")),
                Byline.parse("Ines Haldor, Northline"));
    }

    @Test
    void namesWithoutAnOutletStayAuthors() {
        assertEquals(new Byline(List.of("Ines Haldor", "Oskar Brandt"), Optional.empty()),
                Byline.parse("Ines Haldor, Oskar Brandt"));
        assertEquals(new Byline(List.of("Ines Haldor", "Oskar Brandt"), Optional.empty()),
                Byline.parse("Ines Haldor and Oskar Brandt"));
        assertEquals(new Byline(List.of("Ines Haldor", "Maria van der Berg"), Optional.empty()),
                Byline.parse("Ines Haldor, Maria van der Berg"));
    }

    @Test
    void outletAloneIsNotAnAuthor() {
        assertEquals(new Byline(List.of(), Optional.of("ABC")), Byline.parse("ABC"));
    }

    @Test
    void bylineWithoutTheWordByIsStillMetadata() {
        ArticleParts parts = PlainTextLayout.parse("DATE 2022-06-01 Ada Marsh, Valley Courier\n\nBody.");
        assertEquals(Optional.of(LocalDate.of(2022, 6, 1)), parts.published());
        assertEquals(List.of("Ada Marsh"), parts.authors());
        assertEquals(Optional.of("Valley Courier"), parts.publisher());
        assertEquals("Body.", parts.body());
    }

    @Test
    void textWithoutMetadataLineIsAllBody() {
        ArticleParts parts = PlainTextLayout.parse("\n\nThe envoys met on Monday.\n\nThey left on Tuesday.\n");
        assertTrue(parts.published().isEmpty());
        assertTrue(parts.authors().isEmpty());
        assertTrue(parts.publisher().isEmpty());
        assertEquals("The envoys met on Monday.\n\nThey left on Tuesday.\n", parts.body());
    }

    @Test
    void lineThatMerelyMentionsADateIsBody() {
        String text = "The date 2020-02-02 By then was set.\nMore text.";
        assertEquals(text, PlainTextLayout.parse(text).body());
        assertTrue(PlainTextLayout.parse(text).published().isEmpty());
    }

    @Test
    void impossibleDateIsDroppedWithTheLine() {
        ArticleParts parts = PlainTextLayout.parse("date 2021-02-30 By Ada Marsh, NORTHLINE\n\nBody.");
        assertTrue(parts.published().isEmpty());
        assertEquals("Body.", parts.body());
    }

    @Test
    void metadataLineWithoutBylineGivesOnlyTheDate() {
        ArticleParts parts = PlainTextLayout.parse("date 2024-12-01\nBody follows at once.");
        assertEquals(Optional.of(LocalDate.of(2024, 12, 1)), parts.published());
        assertTrue(parts.authors().isEmpty());
        assertEquals("Body follows at once.", parts.body());
    }
}
