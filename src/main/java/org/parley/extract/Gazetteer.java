package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * States, their names, demonyms and seats of government, and capital cities, read from the generated data
 * under {@code gazetteer/} (see its README). Immutable after loading; safe to share between threads.
 */
public final class Gazetteer {

    /** A state as the gazetteer knows it. */
    public record State(String code, String label) {
    }

    /** A capital city and the state it is the capital of. */
    public record Capital(String label, String stateCode) {
    }

    private final Map<String, State> states = new HashMap<>();
    private final Map<String, State> byName = new HashMap<>();
    private final Map<String, State> byDemonym = new HashMap<>();
    private final Map<String, State> bySeat = new HashMap<>();
    private final Map<String, Capital> capitals = new HashMap<>();

    private Gazetteer() {
    }

    /** Loads the gazetteer from the class path. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("gazetteer/states.tsv")) {
            State s = new State(row[0], row[1]);
            g.states.put(s.code(), s);
            g.byName.put(norm(row[1]), s);
            for (String n : split(row, 2)) {
                // two-letter codes only count in capitals ("US", "UK"), never as the words "us" or "in"
                g.byName.putIfAbsent(n.length() <= 3 ? "#" + n.replace(".", "") : norm(n), s);
            }
            for (String d : split(row, 3)) {
                State before = g.byDemonym.get(norm(d));
                if (before == null || !namesItself(d, before) || namesItself(d, s)) {
                    g.byDemonym.put(norm(d), s);
                }
            }
            for (String seat : split(row, 4)) {
                g.bySeat.put(norm(seat), s);
            }
        }
        for (String[] row : rows("gazetteer/capitals.tsv")) {
            Capital c = new Capital(row[0], row[1]);
            g.capitals.put(norm(row[0]), c);
            for (String n : split(row, 2)) {
                g.capitals.put(norm(n), c);
            }
        }
        return g;
    }

    /**
     * Whether a demonym is formed on the state's one-word name ("Norwegian" on "Norway"): such a state keeps the
     * demonym when a dependent territory shares it.
     */
    private static boolean namesItself(String demonym, State s) {
        String label = norm(s.label());
        String d = norm(demonym);
        return !label.contains(" ") && label.length() >= 4 && d.length() >= 4 && label.startsWith(d.substring(0, 4));
    }

    private static String[] split(String[] row, int column) {
        return row.length > column && !row[column].isBlank() ? row[column].split("\\|") : new String[0];
    }

    private static Iterable<String[]> rows(String resource) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Folds accents, case, dots and a leading article, so that "the U.S." and "US" meet. */
    public static String norm(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replace("’", "'").replaceAll("'s$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").trim();
        return folded.replaceAll("^the ", "");
    }

    public Optional<State> stateByCode(String code) {
        return Optional.ofNullable(states.get(code));
    }

    /** The state a name denotes: its name, an alternative name or an abbreviation in capitals. */
    public Optional<State> state(String surface) {
        String stripped = surface.replace(".", "").replaceAll("^(?i)the\\s+", "").replaceAll("['’]s$", "").trim();
        if (stripped.length() <= 3 && stripped.equals(stripped.toUpperCase(Locale.ROOT))) {
            State s = byName.get("#" + stripped);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.ofNullable(byName.get(norm(surface)));
    }

    /** The state a demonym or adjective names ("Norwegian" → Norway). */
    public Optional<State> demonym(String surface) {
        return Optional.ofNullable(byDemonym.get(norm(surface)));
    }

    /** The state a seat of government stands for ("Elysee" → its state). */
    public Optional<State> seat(String surface) {
        return Optional.ofNullable(bySeat.get(norm(surface)));
    }

    /** The capital city a name denotes, with its state. */
    public Optional<Capital> capital(String surface) {
        return Optional.ofNullable(capitals.get(norm(surface)));
    }
}
