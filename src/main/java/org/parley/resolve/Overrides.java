package org.parley.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Curated corrections to entity resolution, one per line of a tab-separated file:
 * <pre>
 * same-as         person/jane-roe     person/jane-rowe      # the second is the first; the first's id is kept
 * different-from  person/kim          person/kim-lee        # never one entity
 * </pre>
 * Ids are an entity's path and key, as in its IRI ({@code …/id/person/jane-roe}). Blank lines and text after
 * {@code #} are ignored. The resolver honours them on every ingest and on {@code parley resolve}.
 */
public final class Overrides {
    private static final String ID = "[a-z]+/[a-z0-9]+(-[a-z0-9]+)*";

    /** Every merged id, to the id it is the same as (followed to the end of a chain). */
    private final Map<String, String> sameAs;
    private final Set<String> different;

    private Overrides(Map<String, String> sameAs, Set<String> different) {
        this.sameAs = Map.copyOf(sameAs);
        this.different = Set.copyOf(different);
    }

    public static Overrides none() {
        return new Overrides(Map.of(), Set.of());
    }

    /** The overrides in {@code file}; none when it does not exist. */
    public static Overrides read(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read overrides " + file, e);
        }
    }

    /** Parses the lines of an overrides file; {@code name} names it in error messages. */
    public static Overrides parse(List<String> lines, String name) {
        Map<String, String> same = new HashMap<>();
        Set<String> different = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 3 || !f[1].matches(ID) || !f[2].matches(ID) || f[1].equals(f[2])) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected 'same-as|different-from ID ID'"
                        + " with two different ids like person/jane-roe, not: " + lines.get(i));
            }
            switch (f[0]) {
                case "same-as" -> same.put(f[2], f[1]);
                case "different-from" -> different.add(pair(f[1], f[2]));
                default -> throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown directive " + f[0]);
            }
        }
        Map<String, String> resolved = new HashMap<>();
        for (String id : same.keySet()) {
            String target = id;
            Set<String> seen = new HashSet<>();
            while (same.containsKey(target) && seen.add(target)) {
                target = same.get(target);
            }
            if (!target.equals(id)) {
                resolved.put(id, target);
            }
        }
        return new Overrides(resolved, different);
    }

    /** The id an entity must take because a curator said it is the same as another. */
    public Optional<String> sameAs(String id) {
        return Optional.ofNullable(sameAs.get(id));
    }

    /** Whether a curator said the two ids are different entities. */
    public boolean different(String a, String b) {
        return different.contains(pair(a, b));
    }

    public boolean isEmpty() {
        return sameAs.isEmpty() && different.isEmpty();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
