package org.parley.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people and the outlet named after "By" in a metadata line, e.g. {@code Jane Roe, Ian Poe, WIRE}.
 * A byline lists names and usually ends with the outlet. The last item is taken as the outlet when it reads
 * like one (all capitals, a single word after names, a word such as "Press" or "Wire", or too long for a
 * name), so that "By Ann Lee, Bo Park" keeps both authors.
 */
record Byline(List<String> authors, Optional<String> publisher) {
    /** Words that name outlets rather than people; a byline item holding one of them is an outlet. */
    private static final Set<String> OUTLET_WORDS = Set.of(
            "news", "newswire", "wire", "press", "agency", "times", "post", "service", "dispatch", "report",
            "reporter", "bureau", "courier", "chronicle", "journal", "herald", "gazette", "tribune", "monitor",
            "daily", "weekly", "radio", "television", "tv", "network", "media", "broadcasting", "observer",
            "review", "telegraph", "express", "bulletin", "magazine", "online", "digest", "register", "record",
            "standard", "sentinel", "examiner", "independent", "globe", "mail", "inquirer", "newsroom",
            "broadcast", "channel", "group", "associated", "international", "world", "agence", "ledger", "today",
            "mirror", "beacon", "voice", "insider", "star", "sun", "leader", "telegram", "desk", "reports",
            "affairs", "dispatches", "pioneer", "tidings");
    /** Lower-case particles inside people's names ("van der", "de la"), which do not make an outlet. */
    private static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "del", "della", "di", "la", "le", "du", "dos", "das", "bin",
            "ibn", "al", "el", "ben", "y");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|and|&");

    Byline {
        authors = List.copyOf(authors);
    }

    static Byline parse(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        Optional<String> publisher = Optional.empty();
        if (!items.isEmpty()) {
            String last = items.get(items.size() - 1);
            boolean afterNames = items.size() > 1;
            if (looksLikeOutlet(last, afterNames)) {
                publisher = Optional.of(last);
                items.remove(items.size() - 1);
            }
        }
        List<String> authors = new ArrayList<>();
        for (String item : items) {
            for (String name : AND.split(item)) {
                if (!name.isBlank()) {
                    authors.add(name.strip());
                }
            }
        }
        return new Byline(authors, publisher);
    }

    private static boolean looksLikeOutlet(String item, boolean afterNames) {
        String letters = item.replaceAll("[^\\p{L}]", "");
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (item.matches(".*[\\d/@].*|.*\\.(com|org|net)\\b.*")) {
            return true;
        }
        String[] words = item.split("\\s+");
        if (words.length == 1) {
            return afterNames;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (OUTLET_WORDS.contains(lower) || lower.endsWith("news") || lower.endsWith("wire")) {
                return true;
            }
            if (!NAME_WORD.matcher(word).matches() && !NAME_PARTICLES.contains(particle(word))) {
                return true;
            }
        }
        // People's names run to three words besides particles; a longer item is a title.
        for (String name : AND.split(item)) {
            long nameWords = Arrays.stream(name.strip().split("\\s+"))
                    .filter(w -> !NAME_PARTICLES.contains(particle(w))).count();
            if (nameWords > 3) {
                return true;
            }
        }
        return false;
    }

    /** "al-Amin" and "de" are both particles; the part before a hyphen decides. */
    private static String particle(String word) {
        int hyphen = word.indexOf('-');
        return (hyphen > 0 ? word.substring(0, hyphen) : word).toLowerCase(Locale.ROOT);
    }
}
