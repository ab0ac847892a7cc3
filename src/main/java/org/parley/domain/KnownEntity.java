package org.parley.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity as one article describes it, in the terms cross-article resolution compares: what kind of thing,
 * every name the article gives it, its roles and the party it acts for.
 *
 * @param id          store-wide identifier: the kind's path and the key, {@code person/jane-roe}
 * @param article     identifier of the article that describes it; two entities of one article are never merged
 * @param names       preferred name first, then the other names the article uses
 * @param roles       titles and roles the article gives it
 * @param affiliation id of the state or organisation it acts for, when the article says
 */
public record KnownEntity(String id, String article, List<String> names, List<String> roles,
                          Optional<String> affiliation) {
    public KnownEntity {
        if (id == null || !id.matches("[a-z]+/[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not an entity id: " + id);
        }
        Objects.requireNonNull(article, "article");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name: " + id);
        }
        roles = List.copyOf(roles);
        Objects.requireNonNull(affiliation, "affiliation");
    }

    /** {@code person}, {@code state}, {@code organization} or {@code place}. */
    public String path() {
        return id.substring(0, id.indexOf('/'));
    }

    public String key() {
        return id.substring(id.indexOf('/') + 1);
    }
}
