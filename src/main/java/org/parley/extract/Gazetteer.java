package org.parley.extract;

import org.parley.domain.GeoPoint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * States, their names, demonyms and seats of government, capital and other cities, first-level regions and
 * territories, with their Wikidata and GeoNames ids and a point each, read from the generated data under
 * {@code gazetteer/} (see its README). Immutable after loading; safe to share between threads.
 */
public final class Gazetteer {

    /** What other datasets call a feature and where it lies: a Wikidata item, a GeoNames id, a point. */
    public record Links(Optional<String> wikidata, Optional<String> geonames, Optional<GeoPoint> point) {
        public static final Links NONE = new Links(Optional.empty(), Optional.empty(), Optional.empty());

        /** From the TSV columns of a Wikidata id, a GeoNames id, a latitude and a longitude; blanks are absent. */
        static Links of(String[] row, int wikidata, int geonames, int latitude) {
            String lat = cell(row, latitude);
            String lon = cell(row, latitude + 1);
            Optional<GeoPoint> point = lat.isEmpty() || lon.isEmpty() ? Optional.empty()
                    : Optional.of(new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon)));
            Optional<String> qid = wikidata < 0 ? Optional.empty() : Optional.of(cell(row, wikidata)).filter(c -> !c.isEmpty());
            return new Links(qid, Optional.of(cell(row, geonames)).filter(c -> !c.isEmpty()), point);
        }
    }

    /** A state as the gazetteer knows it; {@code code} is its ISO 3166-1 alpha-2 code. */
    public record State(String code, String label, Links links) {
    }

    /** A capital city and the state it is the capital of. */
    public record Capital(String label, String stateCode, Links links) {
    }

    /**
     * A city, first-level region or territory named as a place.
     *
     * @param isoCode   ISO 3166-2 code of a region
     * @param stateCode ISO 3166-1 code of the state a city or region lies in; territories have none, as their
     *                  holder is what is disputed
     */
    public record Place(String label, Optional<String> isoCode, Optional<String> stateCode, Links links) {
    }

    private final Map<String, State> states = new HashMap<>();
    private final Map<String, State> byName = new HashMap<>();
    private final Map<String, State> byDemonym = new HashMap<>();
    private final Map<String, State> bySeat = new HashMap<>();
    private final Map<String, Capital> capitals = new HashMap<>();
    /** The first capital listed for each state, for "the Norwegian capital". */
    private final Map<String, Capital> capitalByState = new HashMap<>();
    private final Map<String, Place> territories = new HashMap<>();
    /** The most populous city of each name. */
    private final Map<String, Place> cities = new HashMap<>();
    private final Map<String, Long> cityPopulation = new HashMap<>();
    /** Regions by a name that only one region has; shared names ("Central") denote none. */
    private final Map<String, Place> regions = new HashMap<>();

    private Gazetteer() {
    }

    /** Loads the gazetteer from the class path. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("gazetteer/states.tsv")) {
            State s = new State(row[0], row[1], Links.of(row, 6, 7, 8));
            g.states.put(s.code(), s);
            g.byName.put(norm(row[1]), s);
            for (String n : split(row, 2)) {
                // two-letter codes only count in capitals ("US", "UK"), never as the words "us" or "in"
                g.byName.putIfAbsent(n.length() <= 3 ? "#" + n.replace(".", "") : norm(n), s);
            }
            for (String d : split(row, 3)) {
                State before = g.byDemonym.get(norm(d));
                // a demonym two entries share goes to the one it names ("Dominican"), else to the shorter name:
                // the state, not an overseas dependency that shares its demonym
                boolean better = before == null || (namesItself(d, s) && !namesItself(d, before))
                        || (namesItself(d, s) == namesItself(d, before) && s.label().length() < before.label().length());
                if (better) {
                    g.byDemonym.put(norm(d), s);
                }
            }
            for (String seat : split(row, 4)) {
                g.bySeat.put(norm(seat), s);
            }
        }
        for (String[] row : rows("gazetteer/capitals.tsv")) {
            Capital c = new Capital(row[0], row[1], Links.of(row, 3, 4, 5));
            g.capitals.put(norm(row[0]), c);
            g.capitalByState.putIfAbsent(c.stateCode(), c);
            for (String n : split(row, 2)) {
                g.capitals.put(norm(n), c);
            }
        }
        for (String[] row : rows("gazetteer/territories.tsv")) {
            Place t = new Place(row[0], Optional.empty(), Optional.empty(), Links.of(row, 2, 3, 4));
            g.territories.put(placeKey(row[0]), t);
            for (String n : split(row, 1)) {
                g.territories.putIfAbsent(placeKey(n), t);
            }
        }
        for (String[] row : rows("gazetteer/cities.tsv")) {
            Place c = new Place(row[0], Optional.empty(), Optional.of(row[1]), Links.of(row, -1, 3, 4));
            long population = Long.parseLong(row[6]);
            List<String> names = new ArrayList<>(List.of(split(row, 2)));
            names.add(row[0]);
            for (String n : names) {
                String k = placeKey(n);
                if (population > g.cityPopulation.getOrDefault(k, -1L)) {
                    g.cities.put(k, c);
                    g.cityPopulation.put(k, population);
                }
            }
        }
        Map<String, List<Place>> byLabel = new HashMap<>();
        Map<String, List<Place>> byOtherName = new HashMap<>();
        for (String[] row : rows("gazetteer/regions.tsv")) {
            Place r = new Place(row[1], Optional.of(row[0]), Optional.of(row[2]), Links.of(row, 4, 5, 6));
            byLabel.computeIfAbsent(placeKey(row[1]), k -> new ArrayList<>()).add(r);
            for (String n : split(row, 3)) {
                byOtherName.computeIfAbsent(placeKey(n), k -> new ArrayList<>()).add(r);
            }
        }
        byOtherName.forEach((k, list) -> {
            if (list.size() == 1 && !byLabel.containsKey(k)) {
                g.regions.put(k, list.get(0));
            }
        });
        byLabel.forEach((k, list) -> {
            if (list.size() == 1) {
                g.regions.put(k, list.get(0));
            }
        });
        return g;
    }

    /**
     * The key of a place name: as {@link #norm}, and without apostrophes, which transliterations use or drop at
     * will ("Donets'k"). A loop rather than regular expressions: the gazetteer keys some hundred thousand names
     * as it loads.
     */
    static String placeKey(String s) {
        boolean possessive = s.endsWith("'s") || s.endsWith("’s");
        String t = Normalizer.normalize(possessive ? s.substring(0, s.length() - 2) : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(t.length());
        boolean gap = true;
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            int type = Character.getType(c);
            if (c == '\'' || c == '’' || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
                gap = false;
            } else if (!gap) {
                b.append(' ');
                gap = true;
            }
        }
        String key = b.toString().trim();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String cell(String[] row, int column) {
        return row.length > column ? row[column].trim() : "";
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

    /** The capital of a state, by the state's code. */
    public Optional<Capital> capitalOf(String stateCode) {
        return Optional.ofNullable(capitalByState.get(stateCode));
    }

    /** The territory outside ISO 3166-1 a name denotes ("Svalbard", "West Bank"). */
    public Optional<Place> territory(String surface) {
        return Optional.ofNullable(territories.get(placeKey(surface)));
    }

    /** The most populous city of at least 15,000 people that goes by this name. */
    public Optional<Place> city(String surface) {
        return Optional.ofNullable(cities.get(placeKey(surface)));
    }

    /** The first-level region (state, province, oblast) that alone goes by this name. */
    public Optional<Place> region(String surface) {
        return Optional.ofNullable(regions.get(placeKey(surface)));
    }

    /**
     * What a name used as a place denotes, when it is no state or capital: a territory, else a city, else a
     * region. A city beats a region of the same name because meetings are held in cities.
     */
    public Optional<Place> place(String surface) {
        return territory(surface).or(() -> city(surface)).or(() -> region(surface));
    }
}
