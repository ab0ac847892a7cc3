package org.parley.resolve;

import org.parley.domain.Keys;
import org.parley.domain.KnownEntity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides which entities of different articles are one real-world entity. Pure: the store hands it what the
 * articles say ({@link KnownEntity}) and applies the answer.
 * <p>
 * States and places are one entity when they share a name (the gazetteer already gave states one key);
 * organisations also when one name is the other's acronym. People are one when their surnames agree up to
 * transliteration or a slip, their given names agree (or one is an initial) and their affiliations do not
 * conflict; a surname alone joins a person only when exactly one person fits. Two entities of one article
 * stay two (the article's own resolver told them apart). When in doubt, entities stay apart and the pair is
 * returned as possibly the same. {@link Overrides} come first.
 */
public final class EntityLinker {
    private final Overrides overrides;

    public EntityLinker(Overrides overrides) {
        this.overrides = overrides;
    }

    /**
     * What to do with each entity: the id it takes, and pairs of ids that may be one entity.
     *
     * @param ids      for every entity, by {@link #ref}: the store-wide id it takes
     * @param possible pairs of ids (smaller first) that share a surname but were kept apart
     */
    public record Links(Map<String, String> ids, Set<List<String>> possible) {
        public Links {
            ids = Map.copyOf(ids);
            possible = Set.copyOf(possible);
        }
    }

    /** How an entity of one article is named in {@link Links#ids()}. */
    public static String ref(KnownEntity e) {
        return e.article() + " " + e.id();
    }

    private final class Cluster {
        String id;
        final String path;
        final List<KnownEntity> members = new ArrayList<>();
        final Set<String> memberIds = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> normalized = new LinkedHashSet<>();
        final List<PersonNames.Name> full = new ArrayList<>();
        final List<PersonNames.Name> single = new ArrayList<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        /** First letters of the spelling keys of every name word: a person who shares none cannot fit. */
        final Set<Character> initials = new java.util.HashSet<>();

        Cluster(String id, String path) {
            this.id = id;
            this.path = path;
        }

        void add(KnownEntity e) {
            members.add(e);
            memberIds.add(e.id());
            articles.add(e.article());
            for (String n : e.names()) {
                normalized.add(normalize(n));
                if (path.equals("person")) {
                    PersonNames.parse(n).ifPresent(name -> {
                        (name.full() ? full : single).add(name);
                        initials.addAll(initials(name));
                    });
                }
            }
            e.affiliation().ifPresent(affiliations::add);
        }
    }

    /** Links the entities of one new article to those already in the store; unmatched ones keep or get a free id. */
    public Links link(List<KnownEntity> article, List<KnownEntity> store) {
        Map<String, Cluster> clusters = new TreeMap<>();
        for (KnownEntity e : store) {
            clusters.computeIfAbsent(e.id(), id -> new Cluster(id, e.path())).add(e);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Set<List<String>> possible = new LinkedHashSet<>();
        Map<KnownEntity, Cluster> placed = new LinkedHashMap<>();
        List<Cluster> ordered = new ArrayList<>(clusters.values());
        for (KnownEntity e : sorted(article)) {
            Decision d = decide(e, ordered);
            Cluster into = d.cluster;
            if (into == null) {
                String wanted = overrides.sameAs(e.id()).orElse(e.id());
                into = new Cluster(free(wanted, clusters.keySet()), e.path());
                clusters.put(into.id, into);
                ordered.add(into);
            }
            into.add(e);
            placed.put(e, into);
            for (Cluster c : d.possible) {
                possible.add(pair(into.id, c.id));
            }
        }
        placed.forEach((e, c) -> ids.put(ref(e), c.id));
        return new Links(ids, possible);
    }

    /** Resolves every entity of every article afresh; the answer depends only on the set of entities. */
    public Links resolveAll(List<KnownEntity> all) {
        List<Cluster> clusters = new ArrayList<>();
        Map<KnownEntity, Cluster> placed = new LinkedHashMap<>();
        List<Object[]> maybe = new ArrayList<>();
        for (KnownEntity e : sorted(all)) {
            Decision d = decide(e, clusters);
            Cluster into = d.cluster;
            if (into == null) {
                into = new Cluster(e.id(), e.path());
                clusters.add(into);
            }
            into.add(e);
            placed.put(e, into);
            for (Cluster c : d.possible) {
                maybe.add(new Object[]{into, c});
            }
        }
        name(clusters);
        Map<String, String> ids = new LinkedHashMap<>();
        placed.forEach((e, c) -> ids.put(ref(e), c.id));
        Set<List<String>> possible = new TreeSet<>(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
        for (Object[] m : maybe) {
            String a = ((Cluster) m[0]).id;
            String b = ((Cluster) m[1]).id;
            if (!a.equals(b)) {
                possible.add(pair(a, b));
            }
        }
        return new Links(ids, possible);
    }

    private record Decision(Cluster cluster, List<Cluster> possible) {}

    private Decision decide(KnownEntity e, List<Cluster> clusters) {
        Optional<String> forced = overrides.sameAs(e.id());
        List<Cluster> open = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.path.equals(e.path()) && !c.articles.contains(e.article())
                    && (overrides.isEmpty() || c.memberIds.stream().noneMatch(id -> overrides.different(id, e.id())))) {
                open.add(c);
            }
        }
        if (forced.isPresent()) {
            for (Cluster c : open) {
                if (c.id.equals(forced.get()) || c.memberIds.contains(forced.get())) {
                    return new Decision(c, List.of());
                }
            }
        }
        List<Cluster> fits = new ArrayList<>();
        List<Cluster> possible = new ArrayList<>();
        for (Cluster c : open) {
            Fit f = fit(e, c);
            if (f == Fit.SAME) {
                fits.add(c);
            } else if (f == Fit.MAYBE) {
                possible.add(c);
            }
        }
        if (fits.size() > 1) {
            // several people fit a surname: the one this very name (or id) was already given to, if only one
            List<Cluster> sameId = fits.stream().filter(c -> c.memberIds.contains(e.id())).toList();
            if (sameId.size() == 1) {
                List<Cluster> others = new ArrayList<>(possible);
                fits.stream().filter(c -> c != sameId.get(0)).forEach(others::add);
                return new Decision(sameId.get(0), others);
            }
            String name = normalize(e.names().get(0));
            List<Cluster> exact = fits.stream().filter(c -> c.normalized.contains(name)).toList();
            if (exact.size() == 1 && (!e.path().equals("person") || fullName(e))) {
                return new Decision(exact.get(0), possible);
            }
            List<Cluster> maybe = new ArrayList<>(possible);
            maybe.addAll(fits);
            return new Decision(null, maybe);
        }
        return new Decision(fits.isEmpty() ? null : fits.get(0), possible);
    }

    private enum Fit { SAME, MAYBE, NO }

    private Fit fit(KnownEntity e, Cluster c) {
        if (!e.path().equals("person")) {
            if (c.memberIds.contains(e.id())) {
                return Fit.SAME;
            }
            if (e.path().equals("state")) {
                return Fit.NO; // the gazetteer gave every name of a state its one key
            }
            for (String n : e.names()) {
                String x = normalize(n);
                if (c.normalized.contains(x)) {
                    return Fit.SAME;
                }
                if (e.path().equals("organization")) {
                    for (String y : c.normalized) {
                        if (acronymOf(x, y) || acronymOf(y, x)) {
                            return Fit.SAME;
                        }
                    }
                }
            }
            return Fit.NO;
        }
        if (e.affiliation().isPresent() && !c.affiliations.isEmpty() && !c.affiliations.contains(e.affiliation().get())) {
            return Fit.NO;
        }
        List<PersonNames.Name> full = new ArrayList<>();
        List<PersonNames.Name> single = new ArrayList<>();
        boolean shared = false;
        for (String n : e.names()) {
            Optional<PersonNames.Name> parsed = PersonNames.parse(n);
            if (parsed.isPresent()) {
                (parsed.get().full() ? full : single).add(parsed.get());
                shared |= initials(parsed.get()).stream().anyMatch(c.initials::contains);
            }
        }
        if (!shared) {
            return Fit.NO;
        }
        if (!full.isEmpty() && !c.full.isEmpty()) {
            boolean maybe = false;
            for (PersonNames.Name a : full) {
                for (PersonNames.Name b : c.full) {
                    if (PersonNames.sameFull(a, b)) {
                        return Fit.SAME;
                    }
                    maybe |= PersonNames.sameSurnameOnly(a, b);
                }
            }
            return maybe ? Fit.MAYBE : Fit.NO;
        }
        // one side is known by one word only: it must be the other's surname
        List<PersonNames.Name> otherFull = full.isEmpty() ? c.full : full;
        List<PersonNames.Name> singles = full.isEmpty() ? single : c.single;
        for (PersonNames.Name s : singles) {
            for (PersonNames.Name f : otherFull) {
                if (PersonNames.surnameOf(s, f)) {
                    return Fit.SAME;
                }
            }
        }
        if (full.isEmpty() && c.full.isEmpty()) {
            for (PersonNames.Name a : single) {
                for (PersonNames.Name b : c.single) {
                    if (PersonNames.similar(a.first(), b.first())) {
                        return Fit.SAME;
                    }
                }
            }
        }
        return Fit.NO;
    }

    private static Set<Character> initials(PersonNames.Name name) {
        Set<Character> out = new java.util.HashSet<>();
        for (String t : List.of(name.first(), name.last())) {
            String k = PersonNames.key(t);
            if (!k.isEmpty()) {
                out.add(k.charAt(0));
            }
        }
        return out;
    }

    private static boolean fullName(KnownEntity e) {
        return e.names().stream().map(PersonNames::parse).flatMap(Optional::stream).anyMatch(PersonNames.Name::full);
    }

    /** Full names first, so that a surname alone meets every person it might be; then by id and article. */
    private static List<KnownEntity> sorted(List<KnownEntity> entities) {
        List<KnownEntity> out = new ArrayList<>(entities);
        out.sort(Comparator.comparing(KnownEntity::path)
                .thenComparing(e -> -longest(e))
                .thenComparing(KnownEntity::id)
                .thenComparing(KnownEntity::article));
        return out;
    }

    private static int longest(KnownEntity e) {
        return e.names().stream().map(PersonNames::parse).flatMap(Optional::stream)
                .mapToInt(n -> n.tokens().size()).max().orElse(0);
    }

    /**
     * Gives each cluster of a full resolution its id: a curated id when one of its members has it, else the slug
     * of its best name (most words, then most used, then first in order); a clash gets a numbered suffix.
     */
    private void name(List<Cluster> clusters) {
        Set<String> curated = new LinkedHashSet<>();
        List<Cluster> bySize = new ArrayList<>(clusters);
        bySize.sort(Comparator.comparingInt((Cluster c) -> -c.articles.size())
                .thenComparing(c -> c.members.get(0).id()).thenComparing(c -> c.members.get(0).article()));
        Map<Cluster, String> wanted = new HashMap<>();
        for (Cluster c : bySize) {
            Optional<String> kept = c.memberIds.stream().filter(id -> overrides.sameAs(id).isEmpty()
                    && c.memberIds.stream().anyMatch(o -> overrides.sameAs(o).map(id::equals).orElse(false))).findFirst();
            if (kept.isPresent()) {
                curated.add(kept.get());
                wanted.put(c, kept.get());
            } else {
                wanted.put(c, c.path + "/" + Keys.slug(bestName(c)));
            }
        }
        Set<String> taken = new LinkedHashSet<>(curated);
        for (Cluster c : bySize) {
            String w = wanted.get(c);
            c.id = curated.contains(w) ? w : free(w, taken);
            taken.add(c.id);
        }
    }

    private static String bestName(Cluster c) {
        Map<String, Integer> counts = new TreeMap<>();
        for (KnownEntity e : c.members) {
            counts.merge(e.names().get(0), 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> n : counts.entrySet()) {
            if (best == null || words(n.getKey()) > words(best)
                    || words(n.getKey()) == words(best) && n.getValue() > counts.get(best)) {
                best = n.getKey();
            }
        }
        return best;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    private static String free(String wanted, Set<String> taken) {
        if (!taken.contains(wanted)) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(wanted + "-" + i)) {
                return wanted + "-" + i;
            }
        }
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
    }

    private static final Map<String, String> NORMALIZED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");
    private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("[^a-z0-9]+");

    /** Folded, lower-case, punctuation as spaces, without a leading "the". */
    static String normalize(String name) {
        return NORMALIZED.computeIfAbsent(name, n -> {
            String folded = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFKD)).replaceAll("");
            String s = OTHER.matcher(POSSESSIVE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
            return s.startsWith("the ") ? s.substring(4) : s;
        });
    }

    /** "un" for "united nations": the initials of the words that carry meaning. */
    private static boolean acronymOf(String shortName, String longName) {
        String[] words = longName.split(" ");
        if (words.length < 2 || shortName.contains(" ") || shortName.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!Set.of("of", "the", "and", "for").contains(w) && !w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(shortName);
    }
}
