package org.parley.resolve;

import org.parley.domain.EventReport;
import org.parley.domain.EventStatus;
import org.parley.domain.PartialDate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which reports of different articles are one real-world event. Pure and order-free: the answer depends only
 * on the set of reports, so that an incremental rebuild and a whole-store rebuild agree.
 * <p>
 * Meetings (and calls) are one when they have the same parties, the same place or an unknown one, and dates
 * within a day of each other or one inside the other's range ({@code 2025-06} holds {@code 2025-06-14}); an
 * undated report joins the event nearest its article's publication date, within {@value #UNDATED_WINDOW_DAYS}
 * days. A dispute is one per territory and set of claimants; a report naming fewer claimants joins the dispute
 * whose claimants include all of its own.
 */
public final class EventClustering {
    static final int UNDATED_WINDOW_DAYS = 45;

    private EventClustering() {}

    /** One real-world event: its reports, oldest article first, and what the reports together say. */
    public record Event(List<EventReport> reports, EventReport latest, Optional<String> place,
                        Optional<PartialDate> date, EventStatus status) {
        public Event {
            reports = List.copyOf(reports);
        }

        /** The report of the oldest article (ties by id): it names the event, so later reports keep its IRI. */
        public EventReport first() {
            return reports.get(0);
        }
    }

    /** Groups meeting (or call) reports into events. */
    public static List<Event> meetings(List<EventReport> reports) {
        Map<List<String>, List<EventReport>> byParties = new TreeMap<>(Comparator.comparing(Object::toString));
        for (EventReport r : reports) {
            byParties.computeIfAbsent(r.parties(), k -> new ArrayList<>()).add(r);
        }
        List<Event> out = new ArrayList<>();
        for (List<EventReport> block : byParties.values()) {
            List<EventReport> sorted = new ArrayList<>(block);
            sorted.sort(Comparator.comparingInt((EventReport r) -> -precision(r.date()))
                    .thenComparing(r -> r.date().map(PartialDate::iso).orElse(""))
                    .thenComparing(r -> r.published().map(LocalDate::toString).orElse(""))
                    .thenComparing(EventReport::id));
            List<List<EventReport>> clusters = new ArrayList<>();
            for (EventReport r : sorted) {
                List<EventReport> into = null;
                long best = Long.MAX_VALUE;
                for (List<EventReport> c : clusters) {
                    if (!placeFits(r, c)) {
                        continue;
                    }
                    Optional<PartialDate> anchor = c.get(0).date();
                    if (r.date().isPresent()) {
                        if (anchor.isPresent() && sameTime(r.date().get(), anchor.get())) {
                            into = c;
                            break;
                        }
                    } else if (anchor.isEmpty()) {
                        into = into == null ? c : into;
                        best = Math.min(best, UNDATED_WINDOW_DAYS + 1);
                    } else if (r.published().isPresent()) {
                        long gap = Math.abs(ChronoUnit.DAYS.between(start(anchor.get()), r.published().get()));
                        if (gap <= UNDATED_WINDOW_DAYS && gap < best) {
                            best = gap;
                            into = c;
                        }
                    }
                }
                if (into == null) {
                    into = new ArrayList<>();
                    clusters.add(into);
                }
                into.add(r);
            }
            clusters.forEach(c -> out.add(event(c)));
        }
        out.sort(Comparator.comparing(e -> e.first().id()));
        return out;
    }

    /** Groups dispute reports (place = territory, parties = claimants) into disputes. */
    public static List<Event> disputes(List<EventReport> reports) {
        Map<String, List<EventReport>> byTerritory = new TreeMap<>();
        for (EventReport r : reports) {
            byTerritory.computeIfAbsent(r.place().orElse(""), k -> new ArrayList<>()).add(r);
        }
        List<Event> out = new ArrayList<>();
        for (List<EventReport> block : byTerritory.values()) {
            List<EventReport> sorted = new ArrayList<>(block);
            sorted.sort(Comparator.comparingInt((EventReport r) -> -r.parties().size())
                    .thenComparing(r -> r.parties().toString()).thenComparing(EventReport::id));
            List<List<EventReport>> clusters = new ArrayList<>();
            for (EventReport r : sorted) {
                List<EventReport> into = clusters.stream()
                        .filter(c -> c.get(0).parties().containsAll(r.parties())).findFirst().orElse(null);
                if (into == null) {
                    into = new ArrayList<>();
                    clusters.add(into);
                }
                into.add(r);
            }
            clusters.forEach(c -> out.add(event(c)));
        }
        out.sort(Comparator.comparing(e -> e.first().id()));
        return out;
    }

    /** Newest article first decides; on the same day a report that it happened beats one that it was called off or planned. */
    public static final Comparator<EventReport> BY_TIME = Comparator
            .comparing((EventReport r) -> r.published().orElse(LocalDate.MIN))
            .thenComparingInt(r -> switch (r.status()) {
                case PLANNED -> 0;
                case CANCELLED -> 1;
                case OCCURRED -> 2;
            })
            .thenComparing(EventReport::id);

    private static Event event(List<EventReport> cluster) {
        List<EventReport> inTime = new ArrayList<>(cluster);
        inTime.sort(Comparator.comparing((EventReport r) -> r.published().orElse(LocalDate.MIN)).thenComparing(EventReport::id));
        EventReport latest = cluster.stream().max(BY_TIME).orElseThrow();
        EventStatus status = latest.status();
        // the date of the reports that agree with the final status, most precise first; else any date
        Optional<PartialDate> date = cluster.stream().filter(r -> r.status() == status && r.date().isPresent())
                .map(r -> r.date().get()).max(Comparator.comparingInt(d -> precision(Optional.of(d))))
                .or(() -> cluster.stream().flatMap(r -> r.date().stream())
                        .max(Comparator.comparingInt(d -> precision(Optional.of(d)))));
        Map<String, Integer> places = new TreeMap<>();
        cluster.forEach(r -> r.place().ifPresent(p -> places.merge(p, 1, Integer::sum)));
        Optional<String> place = places.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
        return new Event(inTime, latest, place, date, status);
    }

    private static boolean placeFits(EventReport r, List<EventReport> cluster) {
        if (r.place().isEmpty()) {
            return true;
        }
        return cluster.stream().allMatch(o -> o.place().isEmpty() || o.place().equals(r.place()));
    }

    /** Within a day of each other, or one inside the other's month or year. */
    static boolean sameTime(PartialDate a, PartialDate b) {
        if (a.day().isPresent() && b.day().isPresent()) {
            return Math.abs(ChronoUnit.DAYS.between(start(a), start(b))) <= 1;
        }
        String x = a.iso();
        String y = b.iso();
        return x.startsWith(y) || y.startsWith(x);
    }

    private static int precision(Optional<PartialDate> d) {
        return d.map(p -> p.day().isPresent() ? 3 : p.month().isPresent() ? 2 : 1).orElse(0);
    }

    private static LocalDate start(PartialDate d) {
        return LocalDate.of(d.year(), d.month().orElse(1), d.day().orElse(1));
    }
}
