package org.parley.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How names of people compare across articles: titles and honorifics stripped, accents folded, and the
 * spellings that transliteration and typing produce (y/i, doubled letters, one slip of the keyboard) counted
 * as one.
 */
final class PersonNames {
    /** Words that stand before a name without being part of it. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president",
            "vice", "prime", "minister", "premier", "chancellor", "secretary", "foreign", "general", "gen", "sen",
            "senator", "rep", "representative", "ambassador", "envoy", "special", "king", "queen", "prince",
            "princess", "crown", "sheikh", "emir", "sultan", "pope", "colonel", "col", "lieutenant", "lt", "admiral",
            "adm", "commander", "marshal", "field", "chief", "deputy", "leader", "spokesman", "spokeswoman",
            "spokesperson", "adviser", "advisor", "aide", "presidential", "national", "security", "defence",
            "defense", "state", "interior", "supreme", "mayor", "governor", "gov", "judge", "justice", "his",
            "her", "excellency", "majesty", "highness", "the", "former", "acting", "top", "negotiator", "mediator",
            "head", "director", "official", "chairman", "chairwoman", "chair");

    private PersonNames() {}

    /** A person's name reduced to what compares: lower-case folded tokens, titles before it dropped. */
    record Name(List<String> tokens) {
        boolean full() {
            return tokens.size() >= 2;
        }

        String last() {
            return tokens.get(tokens.size() - 1);
        }

        String first() {
            return tokens.get(0);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.'’-]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[.'’]");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(al|el)-");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    /** Names recur in every article; parsing each once keeps linking cheap as the store grows. */
    private static final Map<String, Optional<Name>> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** The name in a label, or empty when the label is only a role ("the Russian president"). */
    static Optional<Name> parse(String label) {
        return PARSED.computeIfAbsent(label, PersonNames::parseNew);
    }

    private static Optional<Name> parseNew(String label) {
        String folded = POSSESSIVE.matcher(MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD))
                .replaceAll("")).replaceAll("");
        List<String> raw = Arrays.stream(SEPARATORS.split(folded)).filter(t -> !t.isBlank()).toList();
        // the name is what follows the last title word: "Russian President Jane Roe" -> "Jane Roe"
        int start = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (TITLES.contains(raw.get(i).toLowerCase(Locale.ROOT).replace(".", ""))) {
                start = i + 1;
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String t : raw.subList(start, raw.size())) {
            if (!Character.isUpperCase(t.charAt(0))) {
                return Optional.empty(); // "the country's leader": a description, not a name
            }
            String clean = PUNCTUATION.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!clean.isEmpty() && !clean.equals("-")) {
                tokens.add(clean);
            }
        }
        return tokens.isEmpty() ? Optional.empty() : Optional.of(new Name(tokens));
    }

    /** One spelling for the variants transliteration gives: y and i, kh and h, doubled letters. */
    static String key(String token) {
        return KEYS.computeIfAbsent(token, PersonNames::keyNew);
    }

    private static String keyNew(String token) {
        String t = ARTICLE_PREFIX.matcher(token).replaceAll("").replace("-", "");
        t = t.replace("yy", "y").replace("kh", "h").replace("ph", "f").replace('w', 'v').replace('y', 'i')
                .replace("ou", "u").replace("j", "i");
        return DOUBLED.matcher(t).replaceAll("$1");
    }

    /** Same token up to transliteration, or one slip apart (two for long names). */
    static boolean similar(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        int max = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        return max > 0 && distance(x, y) <= max;
    }

    /** Given names agree: the same up to spelling, or one is the other's initial. */
    static boolean givenCompatible(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return similar(a, b);
    }

    /** Two full names name the same person: same surname and compatible given name, in either order. */
    static boolean sameFull(Name a, Name b) {
        return similar(a.last(), b.last()) && givenCompatible(a.first(), b.first())
                || a.tokens().size() == b.tokens().size() && a.tokens().equals(b.tokens());
    }

    /** Two full names share a surname but not a given name: possibly relatives, possibly a misspelling. */
    static boolean sameSurnameOnly(Name a, Name b) {
        return similar(a.last(), b.last()) && !givenCompatible(a.first(), b.first());
    }

    /** A one-word name is the surname (or, in family-name-first order, the first word) of a full name. */
    static boolean surnameOf(Name single, Name full) {
        String s = single.first();
        return similar(s, full.last()) || key(s).equals(key(full.first()));
    }

    /** Optimal string alignment distance: a swap of two neighbours ("Zelenksy") is one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
