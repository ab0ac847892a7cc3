package org.parley.extract;

import java.util.List;
import java.util.Optional;

/**
 * A reference to a party or place in the text, before resolution decides which entity it is.
 *
 * @param kind        how it refers
 * @param sentence    index of its sentence
 * @param begin       character offset in the article text
 * @param end         character offset of its end
 * @param text        surface form (for a role: the role words, "foreign minister")
 * @param nerType     CoreNLP class of a name (PERSON, ORGANIZATION, LOCATION, MISC); PERSON for a group of
 *                    people ("the two men"); else empty
 * @param titles      title and role words printed before or beside a name ("palace aide")
 * @param affiliation the state or organisation word that qualifies it ("Norwegian", "Chile's")
 * @param asPlace     whether the text uses it as a place (with "in", "to", "at"…) rather than an actor
 */
public record Ref(Kind kind, int sentence, int begin, int end, String text, String nerType, List<String> titles,
                  Optional<String> affiliation, boolean asPlace) {
    public Ref {
        titles = List.copyOf(titles);
    }

    /** How a reference points at its entity. */
    public enum Kind {
        /** a name found by NER */
        NAME,
        /** a demonym standing for its state ("Norwegian negotiators") */
        DEMONYM,
        /** he, she, him, her */
        PRONOUN,
        /** they, the two men, both leaders: the pair last spoken of */
        GROUP,
        /** a title without a name ("the Norwegian premier", "Chile's foreign minister") */
        ROLE,
        /** "here": the dateline's place */
        HERE
    }
}
