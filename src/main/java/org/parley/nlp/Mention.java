package org.parley.nlp;

import java.util.Optional;

/**
 * A named-entity or time mention found by CoreNLP, as a token span of one sentence.
 *
 * @param sentence   index of its sentence
 * @param first      index of its first token
 * @param last       index of its last token (inclusive)
 * @param text       surface form, exactly as in the article
 * @param type       CoreNLP class: PERSON, ORGANIZATION, LOCATION, MISC, DATE…
 * @param begin      character offset in the article text
 * @param end        character offset of its end
 * @param normalized for DATE mentions, the TIMEX3 value resolved against the publication date
 */
public record Mention(int sentence, int first, int last, String text, String type, int begin, int end,
                      Optional<String> normalized) {
}
