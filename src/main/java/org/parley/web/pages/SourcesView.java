package org.parley.web.pages;

import java.util.List;

/**
 * The status page of the scheduled sources: what the {@code schedule} package knows of each, as plain strings.
 * Times are already formatted; counts are since the server started.
 */
public record SourcesView(List<Row> sources) {
    public SourcesView {
        sources = List.copyOf(sources);
    }

    /** One feed or folder; {@code nextPoll} reads "now" while it is being polled. */
    public record Row(String name, String kind, String location, String schedule, String lastPoll, String nextPoll,
                      long seen, long ingested, long unchanged, long failed, List<Failure> failures) {
        public Row {
            failures = List.copyOf(failures);
        }
    }

    /** A recent failure: when, which item (or the source itself), and why. */
    public record Failure(String at, String item, String reason) {}
}
