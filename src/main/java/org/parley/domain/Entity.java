package org.parley.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world person, organisation, state or place named in an article.
 *
 * @param key       identifier of the entity within its article (extraction) or across the store (resolution);
 *                  a slug of {@code [a-z0-9-]+}
 * @param kind      what it is
 * @param label     preferred name
 * @param altLabels every other name it goes by in the text (surnames, misspellings, titles, metonyms)
 * @param roles     titles and roles ("presidential aide", "chief negotiator")
 * @param wikidata  Wikidata item id ({@code Q159}) when the gazetteer knows it
 * @param isoCode   ISO 3166 code, for states and regions that have one
 * @param affiliation key of the state or organisation a person acts for, when the text says so
 * @param geonames  GeoNames feature id ({@code 703448}) when the gazetteer knows it
 * @param point     where the place lies, when the gazetteer knows it
 */
public record Entity(String key, EntityKind kind, String label, List<String> altLabels, List<String> roles,
                     Optional<String> wikidata, Optional<String> isoCode, Optional<String> affiliation,
                     Optional<String> geonames, Optional<GeoPoint> point) {
    public Entity {
        Keys.check(key);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        altLabels = List.copyOf(altLabels);
        roles = List.copyOf(roles);
        Objects.requireNonNull(wikidata, "wikidata");
        wikidata.ifPresent(q -> {
            if (!q.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("not a Wikidata item id: " + q);
            }
        });
        Objects.requireNonNull(isoCode, "isoCode");
        Objects.requireNonNull(affiliation, "affiliation");
        affiliation.ifPresent(Keys::check);
        Objects.requireNonNull(geonames, "geonames");
        geonames.ifPresent(g -> {
            if (!g.matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException("not a GeoNames id: " + g);
            }
        });
        Objects.requireNonNull(point, "point");
    }

    /** An entity the gazetteer knows no GeoNames feature or point for. */
    public Entity(String key, EntityKind kind, String label, List<String> altLabels, List<String> roles,
                  Optional<String> wikidata, Optional<String> isoCode, Optional<String> affiliation) {
        this(key, kind, label, altLabels, roles, wikidata, isoCode, affiliation, Optional.empty(), Optional.empty());
    }
}
