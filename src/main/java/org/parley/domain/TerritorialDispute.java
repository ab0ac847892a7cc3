package org.parley.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named territory whose sovereignty or control is contested, as one article reports it.
 *
 * @param key        identifier within the article, a slug
 * @param territory  key of the territory
 * @param claimants  keys of the parties contesting it
 * @param controller key of the party that holds it, when the text says
 * @param extent     how much of it the controller holds, in the text's words ("almost all", "parts of", "around 20%")
 * @param kind       annexed, occupied, claimed or contested
 * @param evidence   every sentence of the article that supports it
 */
public record TerritorialDispute(String key, String territory, List<String> claimants, Optional<String> controller,
                                 Optional<String> extent, DisputeKind kind, List<Evidence> evidence) {
    public TerritorialDispute {
        Keys.check(key);
        Keys.check(territory);
        claimants = List.copyOf(claimants);
        claimants.forEach(Keys::check);
        Objects.requireNonNull(controller, "controller");
        controller.ifPresent(Keys::check);
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a dispute needs evidence: " + key);
        }
    }
}
