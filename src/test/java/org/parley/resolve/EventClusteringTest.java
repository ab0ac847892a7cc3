package org.parley.resolve;

import org.junit.jupiter.api.Test;
import org.parley.domain.EventReport;
import org.parley.domain.EventStatus;
import org.parley.domain.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventClusteringTest {
    private static EventReport report(String id, String published, String place, String date, EventStatus status,
                                      String... parties) {
        Optional<PartialDate> d = Optional.ofNullable(date).map(s -> s.length() == 10 ? PartialDate.of(LocalDate.parse(s))
                : s.length() == 7 ? PartialDate.of(java.time.YearMonth.parse(s)) : PartialDate.ofYear(Integer.parseInt(s)));
        return new EventReport(id, "article-" + id, Optional.of(LocalDate.parse(published)), List.of(parties),
                Optional.ofNullable(place), d, status);
    }

    @Test
    void reportsADayApartOrInsideEachOthersRangeAreOneMeeting() {
        List<EventClustering.Event> events = EventClustering.meetings(List.of(
                report("r1", "2025-03-05", "lisbon", "2025-03", EventStatus.PLANNED, "a", "b"),
                report("r2", "2025-03-12", "lisbon", "2025-03-12", EventStatus.OCCURRED, "b", "a"),
                report("r3", "2025-03-14", null, "2025-03-13", EventStatus.OCCURRED, "a", "b")));
        assertEquals(1, events.size());
        assertEquals(EventStatus.OCCURRED, events.get(0).status());
        assertEquals("2025-03-12", events.get(0).date().orElseThrow().iso());
        assertEquals(Optional.of("lisbon"), events.get(0).place());
        assertEquals("r1", events.get(0).first().id());
    }

    @Test
    void otherPartiesOtherPlacesOrDatesDaysApartAreOtherMeetings() {
        List<EventClustering.Event> events = EventClustering.meetings(List.of(
                report("r1", "2025-03-12", "lisbon", "2025-03-12", EventStatus.OCCURRED, "a", "b"),
                report("r2", "2025-03-12", "madrid", "2025-03-12", EventStatus.OCCURRED, "a", "b"),
                report("r3", "2025-03-20", "lisbon", "2025-03-19", EventStatus.OCCURRED, "a", "b"),
                report("r4", "2025-03-12", "lisbon", "2025-03-12", EventStatus.OCCURRED, "a", "c")));
        assertEquals(4, events.size());
    }

    @Test
    void theLatestReportGivesTheStatusAndEveryReportKeepsItsOwn() {
        List<EventClustering.Event> events = EventClustering.meetings(List.of(
                report("r1", "2025-03-25", "oslo", "2025-04-02", EventStatus.PLANNED, "a", "b"),
                report("r2", "2025-03-31", "oslo", "2025-04-02", EventStatus.CANCELLED, "a", "b"),
                report("r3", "2025-03-28", null, null, EventStatus.PLANNED, "a", "b")));
        assertEquals(1, events.size(), "an undated report joins the meeting nearest its publication");
        assertEquals(EventStatus.CANCELLED, events.get(0).status());
        assertEquals("r2", events.get(0).latest().id());
        assertEquals(List.of("r1", "r3", "r2"), events.get(0).reports().stream().map(EventReport::id).toList());
    }

    @Test
    void anUndatedReportFarFromAnyMeetingIsItsOwn() {
        List<EventClustering.Event> events = EventClustering.meetings(List.of(
                report("r1", "2025-03-12", "oslo", "2025-03-12", EventStatus.OCCURRED, "a", "b"),
                report("r2", "2025-09-01", null, null, EventStatus.PLANNED, "a", "b")));
        assertEquals(2, events.size());
    }

    @Test
    void aDisputeIsOnePerTerritoryAndClaimantsAndNamingFewerClaimantsJoinsIt() {
        List<EventClustering.Event> events = EventClustering.disputes(List.of(
                report("d1", "2025-01-01", "isle", null, EventStatus.OCCURRED, "x", "y"),
                report("d2", "2025-02-01", "isle", null, EventStatus.OCCURRED, "y"),
                report("d3", "2025-03-01", "isle", null, EventStatus.OCCURRED, "z", "w"),
                report("d4", "2025-03-01", "cape", null, EventStatus.OCCURRED, "x", "y")));
        assertEquals(3, events.size());
        EventClustering.Event isle = events.stream().filter(e -> e.first().id().equals("d1")).findFirst().orElseThrow();
        assertEquals(List.of("d1", "d2"), isle.reports().stream().map(EventReport::id).toList());
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfReports() {
        List<EventReport> reports = new ArrayList<>(List.of(
                report("r1", "2025-03-05", "lisbon", "2025-03", EventStatus.PLANNED, "a", "b"),
                report("r2", "2025-03-12", "lisbon", "2025-03-12", EventStatus.OCCURRED, "a", "b"),
                report("r3", "2025-03-14", null, null, EventStatus.OCCURRED, "a", "b"),
                report("r4", "2025-05-06", "madrid", "2025-05-06", EventStatus.OCCURRED, "a", "b"),
                report("r5", "2025-05-08", null, "2025-05-06", EventStatus.OCCURRED, "a", "b")));
        List<EventClustering.Event> first = EventClustering.meetings(reports);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(reports, new Random(seed));
            assertEquals(first, EventClustering.meetings(reports));
        }
        assertEquals(2, first.size());
    }
}
