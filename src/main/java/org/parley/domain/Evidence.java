package org.parley.domain;

import java.util.Objects;

/**
 * The sentence of an article that supports a fact.
 *
 * @param sentence   the sentence text, exactly as it stands in the article between {@code begin} and {@code end}
 * @param begin      character offset of the sentence in the article text (inclusive)
 * @param end        character offset of the sentence end (exclusive)
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record Evidence(String sentence, int begin, int end, double confidence) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span " + begin + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
    }
}
