package org.parley.source;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test that a text is English, which the language models downstream need: most letters Latin,
 * and a news-like share of the commonest English function words among its words. Other languages are
 * named when their own function words clearly win, so that the rejection tells the reader what was seen.
 */
final class LanguageGuess {
    /** Characters looked at; the opening of an article decides as well as all of it. */
    private static final int SAMPLE_CHARS = 20_000;
    /** Fewer words than this cannot be judged and pass as English. */
    private static final int MIN_WORDS = 12;
    /** English prose has 35-50% of its words in the list below; other languages a few percent. */
    private static final double MIN_ENGLISH_SHARE = 0.18;

    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on",
            "not", "he", "she", "i", "this", "are", "or", "his", "her", "from", "at", "which", "but", "have", "an",
            "had", "they", "you", "were", "their", "one", "all", "we", "can", "has", "there", "been", "if", "more",
            "when", "will", "would", "who", "so", "no", "its", "into", "than", "them", "only", "some", "could",
            "these", "two", "may", "then", "do", "first", "any", "my", "now", "such", "like", "our", "over", "him",
            "me", "what", "most", "after", "also", "made", "did", "many", "before", "must", "through", "back",
            "years", "where", "much", "your", "way", "well", "down", "should", "because", "each", "just", "those",
            "said", "how", "too", "us", "while", "about", "between", "against", "under", "since", "during",
            "without", "both", "other", "new", "last", "week", "says", "told", "here", "out", "up");

    /** A few function words each, enough to name a language in a rejection; no decision rests on them. */
    private static final Map<String, Set<String>> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("French", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que",
                "qui", "pas", "sur", "avec", "au", "aux", "ce", "il", "sont", "été", "ont"));
        OTHERS.put("German", Set.of("der", "die", "das", "und", "ist", "nicht", "den", "dem", "mit", "sich",
                "auf", "für", "ein", "eine", "zu", "von", "im", "auch", "wird", "wurde", "nach", "bei"));
        OTHERS.put("Spanish", Set.of("el", "los", "las", "del", "y", "es", "en", "una", "por", "con", "para",
                "que", "se", "su", "al", "como", "más", "fue", "este", "pero", "sus", "ha"));
        OTHERS.put("Portuguese", Set.of("o", "os", "as", "da", "do", "das", "dos", "e", "é", "em", "uma", "um",
                "com", "não", "para", "que", "se", "na", "no", "foi", "mais", "ao"));
        OTHERS.put("Italian", Set.of("il", "lo", "gli", "della", "di", "e", "è", "che", "per", "una", "con",
                "non", "del", "nel", "alla", "sono", "anche", "più", "ha", "dei", "delle", "si"));
        OTHERS.put("Dutch", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn",
                "met", "voor", "ook", "werd", "bij", "naar", "heeft", "maar", "om", "door", "er"));
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    private LanguageGuess() {
    }

    /** Empty when the text reads as English, else what it looks like ("French", "Cyrillic script"). */
    static Optional<String> notEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> script = dominantForeignScript(sample);
        if (script.isPresent()) {
            return script;
        }
        int words = 0;
        int english = 0;
        Map<String, Integer> others = new LinkedHashMap<>();
        Matcher matcher = WORD.matcher(sample);
        while (matcher.find()) {
            // Capitalised words are mostly names, which belong to no language: news copy is full of them.
            if (!Character.isLowerCase(matcher.group().codePointAt(0))) {
                continue;
            }
            String word = matcher.group();
            words++;
            if (ENGLISH.contains(word)) {
                english++;
            }
            OTHERS.forEach((language, list) -> {
                if (list.contains(word)) {
                    others.merge(language, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS || (double) english / words >= MIN_ENGLISH_SHARE) {
            return Optional.empty();
        }
        int englishWords = english;
        return others.entrySet().stream()
                .filter(e -> e.getValue() > englishWords)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .or(() -> Optional.of("another language"));
    }

    /** The script of most letters, when it is not Latin: a cheap verdict that needs no word lists. */
    private static Optional<String> dominantForeignScript(String sample) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        int latin = counts.getOrDefault(UnicodeScript.LATIN, 0);
        if (letters == 0 || latin * 2 >= letters) {
            return Optional.empty();
        }
        UnicodeScript top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String name = top.name().charAt(0) + top.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return Optional.of(name + " script");
    }
}
