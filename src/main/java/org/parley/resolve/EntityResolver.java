package org.parley.resolve;

import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.Keys;
import org.parley.extract.Candidates;
import org.parley.extract.Gazetteer;
import org.parley.extract.Ref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the references of one article into entities: states through the gazetteer (names, demonyms,
 * seats of government and capitals used as actors), people clustered by surname and string similarity,
 * everything else by its name. Keys are slugs of canonical labels, so that the same entity has the same
 * key in every article. One instance per article; not shared between threads.
 */
final class EntityResolver {
    private final Gazetteer gazetteer;
    /** The sentence of each name resolved, by its offset. */
    private final Map<Integer, Integer> sentenceAt = new HashMap<>();
    private final Map<String, Builder> entities = new LinkedHashMap<>();
    /** Person clusters in order of first mention. */
    private final List<Person> people = new ArrayList<>();
    /** Every resolved reference, by character offset, in text order. */
    private final Map<Integer, String> byOffset = new HashMap<>();
    /** The same for names used as places ("talks in the capital"), which may resolve otherwise. */
    private final Map<Integer, String> placeByOffset = new HashMap<>();
    private final List<int[]> personMentions = new ArrayList<>();

    private static final class Builder {
        final String key;
        EntityKind kind;
        String label;
        final Set<String> alt = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        Optional<String> iso = Optional.empty();
        Optional<String> affiliation = Optional.empty();
        Gazetteer.Links links = null;

        Builder(String key, EntityKind kind, String label) {
            this.key = key;
            this.kind = kind;
            this.label = label;
        }
    }

    private static final class Person {
        final List<String> forms = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();
        String key;
        int lastSeen;
    }

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves every name of the article, in text order. */
    void addAll(List<Ref> names) {
        for (Ref r : names) {
            key(r);
        }
    }

    /** The key of the entity a name, demonym or place reference denotes; empty when it names none. */
    Optional<String> key(Ref r) {
        Map<Integer, String> cache = r.asPlace() ? placeByOffset : byOffset;
        String known = cache.get(r.begin());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> k = switch (r.kind()) {
            case NAME -> name(r);
            case DEMONYM -> gazetteer.demonym(r.text()).map(s -> state(s, r.text()));
            default -> Optional.empty();
        };
        k.ifPresent(key -> cache.put(r.begin(), key));
        sentenceAt.put(r.begin(), r.sentence());
        return k;
    }

    private Optional<String> name(Ref r) {
        String text = r.text().replaceAll("^(?i)the\\s+", "").replaceAll("['’]s?$", "").trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Gazetteer.State> state = gazetteer.state(text);
        if (state.isPresent()) {
            return Optional.of(state(state.get(), text));
        }
        Optional<Gazetteer.State> seat = gazetteer.seat(text);
        if (seat.isPresent()) {
            if (r.asPlace()) {
                return Optional.of(add(Keys.slug(text), EntityKind.VENUE, text, text));
            }
            return Optional.of(state(seat.get(), text));
        }
        Optional<Gazetteer.Capital> capital = gazetteer.capital(text);
        if (capital.isPresent()) {
            Optional<Gazetteer.State> of = gazetteer.stateByCode(capital.get().stateCode());
            if (!r.asPlace() && of.isPresent() && !r.nerType().equals("PERSON")) {
                return Optional.of(state(of.get(), text));
            }
            return Optional.of(link(add(Keys.slug(capital.get().label()), EntityKind.CITY, capital.get().label(), text),
                    capital.get().links(), Optional.empty()));
        }
        if (r.nerType().equals("MISC")) {
            return gazetteer.demonym(text).map(s -> state(s, text));
        }
        if (r.nerType().equals("PERSON")) {
            return Optional.of(person(r, text));
        }
        EntityKind kind = r.nerType().equals("ORGANIZATION") ? EntityKind.ORGANIZATION : EntityKind.PLACE;
        if (kind == EntityKind.ORGANIZATION) {
            // "the UN" after "the United Nations" (or before it): one organisation, named in full
            for (Builder b : entities.values()) {
                if (b.kind == EntityKind.ORGANIZATION && (acronymOf(text, b.label) || acronymOf(b.label, text))) {
                    if (acronymOf(b.label, text)) {
                        b.alt.add(b.label);
                        b.label = text;
                    }
                    return Optional.of(add(b.key, b.kind, b.label, text));
                }
            }
        }
        String key = add(Keys.slug(text), kind, text, text);
        if (kind == EntityKind.PLACE) {
            gazetteer.place(text).ifPresent(p -> link(key, p.links(), p.isoCode()));
        }
        return Optional.of(key);
    }

    /**
     * Gives a place the gazetteer's ids and point, unless it already has them or the key stands for something
     * that is no place (an organisation of the same name).
     */
    private String link(String key, Gazetteer.Links links, Optional<String> iso) {
        Builder b = entities.get(key);
        boolean place = switch (b.kind) {
            case PLACE, CITY, REGION, TERRITORY -> true;
            default -> false;
        };
        if (place && b.links == null) {
            b.links = links;
            b.iso = b.iso.or(() -> iso);
        }
        return key;
    }

    private String state(Gazetteer.State s, String surface) {
        String key = add(Keys.slug(s.label()), EntityKind.STATE, s.label(), surface);
        Builder b = entities.get(key);
        b.kind = EntityKind.STATE;
        b.label = s.label();
        b.iso = Optional.of(s.code());
        b.links = s.links();
        return key;
    }

    private String add(String key, EntityKind kind, String label, String surface) {
        Builder b = entities.computeIfAbsent(key, k -> new Builder(k, kind, label));
        if (isShouted(b.label) && !isShouted(surface)) {
            b.alt.add(b.label);
            b.label = surface; // a dateline's capitals are not the name's spelling
        } else if (isShouted(b.label) && label.length() > 3 && !isShouted(label)) {
            b.alt.add(b.label);
            b.label = label;
        }
        if (!surface.equals(b.label)) {
            b.alt.add(surface);
        }
        return key;
    }

    /** "UN" or "U.N." for "United Nations": the initials of the words that carry meaning, in capitals. */
    private static boolean acronymOf(String shortName, String longName) {
        String letters = shortName.replace(".", "");
        String[] words = longName.split("[\\s-]+");
        if (words.length < 2 || letters.length() < 2 || !letters.matches("\\p{Lu}+")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(letters);
    }

    private static boolean isShouted(String s) {
        return s.length() > 3 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private String person(Ref r, String text) {
        String[] tokens = text.split("\\s+");
        Person match = null;
        for (Person p : people) {
            if (samePerson(p, tokens) && (match == null || p.lastSeen > match.lastSeen)) {
                match = p;
            }
        }
        if (match == null) {
            match = new Person();
            people.add(match);
        }
        match.forms.add(text);
        match.counts.merge(text, 1, Integer::sum);
        match.lastSeen = r.begin();
        String label = bestForm(match);
        String key = Keys.slug(label);
        if (match.key != null && !match.key.equals(key)) {
            Builder old = entities.remove(match.key);
            Builder b = entities.computeIfAbsent(key, k -> new Builder(k, EntityKind.PERSON, label));
            if (old != null) {
                b.alt.addAll(old.alt);
                b.alt.add(old.label);
                b.roles.addAll(old.roles);
                if (b.affiliation.isEmpty()) {
                    b.affiliation = old.affiliation;
                }
            }
            String oldKey = match.key;
            byOffset.replaceAll((o, k) -> k.equals(oldKey) ? key : k);
        }
        match.key = key;
        Builder b = entities.computeIfAbsent(key, k -> new Builder(k, EntityKind.PERSON, label));
        b.label = label;
        b.alt.remove(label);
        for (String f : match.forms) {
            if (!f.equals(label)) {
                b.alt.add(f);
            }
        }
        for (String title : r.titles()) {
            b.roles.add(title);
            if (!title.isEmpty()) {
                b.alt.add(title + " " + text);
            }
        }
        if (b.affiliation.isEmpty() && r.affiliation().isPresent()) {
            b.affiliation = affiliation(r.affiliation().get());
        }
        personMentions.add(new int[]{r.begin()});
        return key;
    }

    /** The state or organisation an affiliation word names ("Norwegian", "Elysee", "Chile's"). */
    Optional<String> affiliation(String word) {
        String w = word.replaceAll("['’]s?$", "").trim();
        Optional<Gazetteer.State> s = gazetteer.state(w).or(() -> gazetteer.demonym(w)).or(() -> gazetteer.seat(w))
                .or(() -> gazetteer.capital(w).flatMap(c -> gazetteer.stateByCode(c.stateCode())));
        return s.map(st -> state(st, w));
    }

    private static String bestForm(Person p) {
        String best = p.forms.get(0);
        for (String f : p.counts.keySet()) {
            int ft = f.split("\\s+").length;
            int bt = best.split("\\s+").length;
            if (ft > bt || (ft == bt && p.counts.get(f) > p.counts.getOrDefault(best, 0))) {
                best = f;
            }
        }
        return best;
    }

    private static boolean samePerson(Person p, String[] tokens) {
        if (tokens.length >= 2 && p.forms.stream().map(f -> f.split("\\s+"))
                .anyMatch(other -> other.length >= 2 && !sameFullName(tokens, other))) {
            return false; // "Lee Min Ho" is not "Lee Min Su", however often the article says "Lee"
        }
        for (String form : p.forms) {
            String[] other = form.split("\\s+");
            if (tokens.length == 1 || other.length == 1) {
                String single = tokens.length == 1 ? tokens[0] : other[0];
                String[] full = tokens.length == 1 ? other : tokens;
                if (full.length == 1) {
                    if (similar(single, full[0])) {
                        return true;
                    }
                    continue;
                }
                if (similar(single, full[full.length - 1]) || single.equalsIgnoreCase(full[0])) {
                    return true;
                }
            } else if (suffix(tokens, other) || suffix(other, tokens)) {
                return true;
            } else if (similar(tokens[tokens.length - 1], other[other.length - 1])
                    && (similar(tokens[0], other[0]) || tokens[0].charAt(0) == other[0].charAt(0)
                    && (tokens[0].length() <= 2 || other[0].length() <= 2))) {
                return true;
            }
        }
        return false;
    }

    /** Two names of two words or more that can name one person: one ends the other, or surname and given name agree. */
    private static boolean sameFullName(String[] a, String[] b) {
        return suffix(a, b) || suffix(b, a) || java.util.Arrays.equals(a, b)
                || similar(a[a.length - 1], b[b.length - 1]) && (similar(a[0], b[0]) || a[0].charAt(0) == b[0].charAt(0)
                && (a[0].length() <= 2 || b[0].length() <= 2));
    }

    /** "El Amrani" within "Youssef El Amrani". */
    private static boolean suffix(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        for (int i = 1; i <= shorter.length; i++) {
            if (!shorter[shorter.length - i].equalsIgnoreCase(longer[longer.length - i])) {
                return false;
            }
        }
        return true;
    }

    /** Equal, or one edit apart for names of five letters or more; an "al-" prefix does not count. */
    static boolean similar(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("^(al|el)-", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("^(al|el)-", "");
        if (x.equals(y)) {
            return true;
        }
        int max = Math.min(x.length(), y.length()) >= 7 ? 2 : Math.min(x.length(), y.length()) >= 5 ? 1 : 0;
        return max > 0 && distance(x, y) <= max;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The person "he" or "she" at {@code offset} refers to: the last person named as a subject within
     * {@code window} characters before it, else the last person named.
     */
    Optional<String> personBefore(int offset, Set<String> except, Set<Integer> subjects, int window) {
        Optional<String> subject = lastPerson(offset, except, o -> subjects.contains(o) && o >= offset - window);
        return subject.isPresent() ? subject : lastPerson(offset, except, o -> true);
    }

    private Optional<String> lastPerson(int offset, Set<String> except, java.util.function.IntPredicate ok) {
        String best = null;
        int bestOffset = -1;
        for (Map.Entry<Integer, String> e : byOffset.entrySet()) {
            Builder b = entities.get(e.getValue());
            if (b != null && b.kind == EntityKind.PERSON && e.getKey() < offset && e.getKey() > bestOffset
                    && !except.contains(e.getValue()) && ok.test(e.getKey())) {
                best = e.getValue();
                bestOffset = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The two people named last before {@code offset}, for "the two men". */
    List<String> peopleBefore(int offset, int count) {
        List<Map.Entry<Integer, String>> sorted = new ArrayList<>(byOffset.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        List<String> out = new ArrayList<>();
        for (int i = sorted.size() - 1; i >= 0 && out.size() < count; i--) {
            Map.Entry<Integer, String> e = sorted.get(i);
            Builder b = entities.get(e.getValue());
            if (e.getKey() < offset && b != null && b.kind == EntityKind.PERSON && !out.contains(e.getValue())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** The person of this role and affiliation named in the article ("the Norwegian premier"). */
    Optional<String> role(Ref r) {
        Optional<String> aff = r.affiliation().flatMap(this::affiliation);
        Set<String> before = new LinkedHashSet<>();
        byOffset.forEach((offset, key) -> {
            if (offset < r.begin()) {
                before.add(key);
            }
        });
        String roleWord = r.titles().isEmpty() ? r.text() : r.titles().get(0);
        Optional<String> fallback = Optional.empty();
        for (Builder b : entities.values()) {
            if (b.kind != EntityKind.PERSON || !before.contains(b.key)) {
                continue;
            }
            boolean roleMatch = b.roles.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(roleWord));
            boolean affMatch = aff.isEmpty() || b.affiliation.equals(aff);
            if (roleMatch && affMatch) {
                if (aff.isPresent()) {
                    return Optional.of(b.key);
                }
                fallback = fallback.isEmpty() ? Optional.of(b.key) : fallback;
            }
        }
        // "his host", "her counterpart" name a person by relation, never a state
        boolean relative = roleWord.equals("host") || roleWord.equals("guest") || roleWord.equals("counterpart");
        if (relative) {
            return fallback;
        }
        return fallback.or(() -> aff.flatMap(a -> namedAfter(r, roleWord, a))).or(() -> aff);
    }

    /**
     * "Northland's foreign minister met the envoys. Anna Berg and the envoys discussed…": a role told before the
     * name is the first person named in the next two sentences who acts for no other state; that person then
     * holds the role, so that the role told again later is the same person.
     */
    private Optional<String> namedAfter(Ref r, String roleWord, String affiliation) {
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(byOffset).entrySet()) {
            Integer sentence = sentenceAt.get(e.getKey());
            Builder b = entities.get(e.getValue());
            if (e.getKey() <= r.end() || sentence == null || sentence <= r.sentence() || b == null
                    || b.kind != EntityKind.PERSON) {
                continue;
            }
            if (sentence > r.sentence() + 2) {
                break;
            }
            if (b.affiliation.isEmpty() || b.affiliation.get().equals(affiliation)) {
                b.roles.add(roleWord);
                b.affiliation = Optional.of(affiliation);
                return Optional.of(b.key);
            }
        }
        return Optional.empty();
    }

    /** Records the state or organisation a person acts for, unless the text already gave one. */
    void affiliate(String person, String party) {
        Builder b = entities.get(person);
        if (b != null && b.affiliation.isEmpty() && !person.equals(party)) {
            b.affiliation = Optional.of(party);
        }
    }

    void markKind(String key, EntityKind kind) {
        Builder b = entities.get(key);
        if (b != null && b.kind == EntityKind.PLACE) {
            b.kind = kind;
        }
    }

    /** Whether a city or place lies in a state, both named in this article ("Tartu" and "Estonia"). */
    boolean within(String placeKey, String stateKey) {
        Builder place = entities.get(placeKey);
        Builder state = entities.get(stateKey);
        if (place == null || state == null || state.kind != EntityKind.STATE || state.iso.isEmpty()) {
            return false;
        }
        Optional<String> code = gazetteer.capital(place.label).map(Gazetteer.Capital::stateCode)
                .or(() -> gazetteer.place(place.label).flatMap(Gazetteer.Place::stateCode));
        return code.equals(state.iso);
    }

    /** The state or organisation a person acts for, else the entity itself. */
    String side(String key) {
        Builder b = entities.get(key);
        return b != null && b.kind == EntityKind.PERSON ? b.affiliation.orElse(key) : key;
    }

    EntityKind kind(String key) {
        Builder b = entities.get(key);
        return b == null ? EntityKind.PLACE : b.kind;
    }

    /** Adds a place known only from a dateline. */
    String place(String label) {
        Optional<Gazetteer.Capital> c = gazetteer.capital(label);
        if (c.isPresent()) {
            return link(add(Keys.slug(c.get().label()), EntityKind.CITY, c.get().label(), label), c.get().links(),
                    Optional.empty());
        }
        String key = add(Keys.slug(label), EntityKind.CITY, label, label);
        gazetteer.place(label).ifPresent(p -> link(key, p.links(), p.isoCode()));
        return key;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Builder b : entities.values()) {
            List<String> alt = b.alt.stream().filter(a -> !a.equals(b.label)).toList();
            Gazetteer.Links links = b.links == null ? Gazetteer.Links.NONE : b.links;
            out.add(new Entity(b.key, b.kind, b.label, alt, List.copyOf(b.roles), links.wikidata(), b.iso,
                    b.affiliation.filter(a -> !a.equals(b.key)), links.geonames(), links.point()));
        }
        return out;
    }
}
