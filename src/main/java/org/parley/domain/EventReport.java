package org.parley.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article's report of a meeting, a call or a dispute, in the terms cross-article resolution compares.
 * Entities are named by their store-wide ids; for a dispute {@code place} is the territory and
 * {@code parties} its claimants.
 *
 * @param id        identifier of the report (its node in the article's graph)
 * @param article   identifier of the article
 * @param published the article's publication date, which orders reports in time
 * @param parties   the participants (or claimants), sorted, without repeats
 * @param place     where the event happened, or the disputed territory
 * @param date      when, at the precision the article gives
 * @param status    as of the article; {@code OCCURRED} for disputes
 */
public record EventReport(String id, String article, Optional<LocalDate> published, List<String> parties,
                          Optional<String> place, Optional<PartialDate> date, EventStatus status) {
    public EventReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        parties = List.copyOf(new java.util.TreeSet<>(parties));
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
    }
}
