package org.parley.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A face-to-face encounter or talks between two or more parties, as one article reports it.
 *
 * @param key          identifier within the article, a slug
 * @param kind         summit, talks, visit…
 * @param participants keys of the parties (people, or states and organisations when the talks are framed so)
 * @param delegates    named members of the parties' delegations
 * @param host         key of the host, when named
 * @param mediator     key of the mediator, when named
 * @param place        key of the city, venue or site
 * @param date         when, at the precision the text gives
 * @param status       occurred, planned or cancelled
 * @param evidence     every sentence of the article that reports it
 */
public record Meeting(String key, MeetingKind kind, List<String> participants, List<Delegate> delegates,
                      Optional<String> host, Optional<String> mediator, Optional<String> place,
                      Optional<PartialDate> date, EventStatus status, List<Evidence> evidence) {
    public Meeting {
        Keys.check(key);
        Objects.requireNonNull(kind, "kind");
        participants = List.copyOf(participants);
        participants.forEach(Keys::check);
        delegates = List.copyOf(delegates);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mediator, "mediator");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a meeting needs evidence: " + key);
        }
    }
}
