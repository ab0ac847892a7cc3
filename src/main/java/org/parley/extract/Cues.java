package org.parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code rules/cues.tsv}, by name; loading fails when a list the code uses is missing. */
final class Cues {
    private static final Set<String> NAMES = Set.of("planned", "cancelled", "hypothetical", "negation", "group",
            "role", "pronoun", "pair", "place-case", "extent", "remote", "region", "event-noun", "margin", "background",
            "speech", "person-noun", "topic-verb",
            "city-noun", "collective");
    private final Map<String, Set<String>> lists;

    private Cues(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    static Cues load() {
        try (InputStream in = Cues.class.getClassLoader().getResourceAsStream("rules/cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing rules/cues.tsv");
            }
            Map<String, Set<String>> lists = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                lists.put(parts[0], Set.of(parts[1].trim().split("\\|")));
            }
            for (String name : NAMES) {
                if (!lists.containsKey(name)) {
                    throw new IllegalStateException("rules/cues.tsv lacks the list " + name);
                }
            }
            return new Cues(lists);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rules/cues.tsv", e);
        }
    }

    boolean has(String list, String lemma) {
        return lists.get(list).contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }
}
