package org.parley.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phone or video call between parties: kept apart from meetings.
 *
 * @param key          identifier within the article, a slug
 * @param participants keys of the parties
 * @param date         when, at the precision the text gives
 * @param status       occurred, planned or cancelled
 * @param evidence     every sentence of the article that reports it
 */
public record PhoneCall(String key, List<String> participants, Optional<PartialDate> date, EventStatus status,
                        List<Evidence> evidence) {
    public PhoneCall {
        Keys.check(key);
        participants = List.copyOf(participants);
        participants.forEach(Keys::check);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a call needs evidence: " + key);
        }
    }
}
