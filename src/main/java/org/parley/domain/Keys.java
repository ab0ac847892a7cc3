package org.parley.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the only text that goes into a minted IRI. */
public final class Keys {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Keys() {}

    /** Throws unless {@code key} is a slug of {@code [a-z0-9-]+}. */
    public static String check(String key) {
        if (key == null || key.length() > 200 || !SLUG.matcher(key).matches()) {
            throw new IllegalArgumentException("not a slug: " + key);
        }
        return key;
    }

    /** A slug for any name: accents folded, lower case, runs of other characters turned into one hyphen. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
