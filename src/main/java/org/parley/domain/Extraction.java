package org.parley.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything extracted from one article. Every key used by a meeting, call or dispute names one of
 * {@code entities}.
 */
public record Extraction(Article article, List<Entity> entities, List<Meeting> meetings, List<PhoneCall> calls,
                         List<TerritorialDispute> disputes) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        calls = List.copyOf(calls);
        disputes = List.copyOf(disputes);
        Map<String, Entity> byKey = entities.stream()
                .collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("two entities with key " + a.key());
                }));
        for (Entity e : entities) {
            e.affiliation().ifPresent(k -> known(byKey, k, e.key()));
        }
        for (Meeting m : meetings) {
            m.participants().forEach(k -> known(byKey, k, m.key()));
            m.delegates().forEach(d -> {
                known(byKey, d.person(), m.key());
                known(byKey, d.represents(), m.key());
            });
            m.host().ifPresent(k -> known(byKey, k, m.key()));
            m.mediator().ifPresent(k -> known(byKey, k, m.key()));
            m.place().ifPresent(k -> known(byKey, k, m.key()));
        }
        for (PhoneCall c : calls) {
            c.participants().forEach(k -> known(byKey, k, c.key()));
        }
        for (TerritorialDispute d : disputes) {
            known(byKey, d.territory(), d.key());
            d.claimants().forEach(k -> known(byKey, k, d.key()));
            d.controller().ifPresent(k -> known(byKey, k, d.key()));
        }
    }

    private static void known(Map<String, Entity> byKey, String key, String fact) {
        if (!byKey.containsKey(key)) {
            throw new IllegalArgumentException(fact + " names unknown entity " + key);
        }
    }

    /** The entity with this key; every key of a fact has one. */
    public Entity entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entity " + key));
    }
}
