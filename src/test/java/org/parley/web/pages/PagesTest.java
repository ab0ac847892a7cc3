package org.parley.web.pages;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;
import org.parley.web.pages.Views.Segment;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PagesTest {
    @Test
    void overlappingEvidenceCutsTheTextIntoMarkedAndPlainRuns() {
        String text = "One two. Three four. Five.";
        List<Segment> segments = Pages.segments(text, List.of(span(0, 8, "a"), span(0, 20, "b"), span(9, 20, "c")));
        assertEquals(List.of(new Segment("One two.", true, "a; b"), new Segment(" ", true, "b"),
                new Segment("Three four.", true, "b; c"), new Segment(" Five.", false, "")), segments);
    }

    @Test
    void spansOutsideTheTextAreClippedNotFatal() {
        List<Segment> segments = Pages.segments("Short.", List.of(span(3, 400, "a"), span(50, 60, "b")));
        assertEquals(List.of(new Segment("Sho", false, ""), new Segment("rt.", true, "a")), segments);
    }

    @Test
    void aWktPointGivesLongitudeAndLatitude() {
        assertArrayEquals(new String[] {"12.5", "-41.9"}, Pages.point("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(12.5 -41.9)"));
        assertArrayEquals(new String[] {"", ""}, Pages.point("POLYGON((0 0, 1 1, 1 0, 0 0))"));
        assertArrayEquals(new String[] {"", ""}, Pages.point(null));
    }

    @Test
    void linksOutAreLabelledByDatasetAndId() {
        assertEquals(new Views.Link("http://www.wikidata.org/entity/Q4242", "Wikidata Q4242"),
                Pages.linkOut(new Views.Link("http://www.wikidata.org/entity/Q4242", "wd:Q4242")));
        assertEquals(new Views.Link("https://sws.geonames.org/4243/", "GeoNames 4243"),
                Pages.linkOut(new Views.Link("https://sws.geonames.org/4243/", "x")));
        assertEquals(new Views.Link("https://example.org/other", "other"),
                Pages.linkOut(new Views.Link("https://example.org/other", "other")));
    }

    @Test
    void theHistoryLineNamesEachChangeWithTheDateItWasFirstReported() {
        assertEquals("planned (reported 3 Jan 2025) → occurred (reported 21 Jan 2025) → cancelled (reported 2 Feb 2025)",
                Pages.changes(List.of(new Pages.Reported("planned", "2025-01-03"), new Pages.Reported("planned", "2025-01-10"),
                        new Pages.Reported("occurred", "2025-01-21"), new Pages.Reported("cancelled", "2025-02-02"))));
    }

    @Test
    void reportsThatGiveNoValueChangeNothingInTheHistoryLine() {
        assertEquals("Ruritania (reported 3 Jan 2025) → Borduria (publication date unknown)",
                Pages.changes(List.of(new Pages.Reported("Ruritania", "2025-01-03"), new Pages.Reported(null, "2025-01-05"),
                        new Pages.Reported("Ruritania", "2025-01-09"), new Pages.Reported("Borduria", null))));
        assertEquals("", Pages.changes(List.of()));
    }

    @Test
    void aPublicationDateIsWrittenAsAReaderWritesIt() {
        assertEquals("3 Jan 2025", Pages.day("2025-01-03"));
        assertEquals("2025-01", Pages.day("2025-01"), "anything but a full date stays as it is");
    }

    private static Binding span(int begin, int end, String fact) {
        return BindingBuilder.create()
                .add(Var.alloc("begin"), NodeFactory.createLiteralString(Integer.toString(begin)))
                .add(Var.alloc("end"), NodeFactory.createLiteralString(Integer.toString(end)))
                .add(Var.alloc("fact"), NodeFactory.createURI("http://example.org/" + fact))
                .add(Var.alloc("factLabel"), NodeFactory.createLiteralString(fact))
                .build();
    }
}
