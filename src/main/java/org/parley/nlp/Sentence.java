package org.parley.nlp;

import java.util.List;

/**
 * One sentence of an article with its tokens and, when it was short enough to parse, its dependencies.
 *
 * @param index        position in the article, from 0
 * @param begin        character offset of its first token
 * @param end          character offset after its last token
 * @param tokens       its tokens, in order
 * @param dependencies enhanced++ edges; empty when the sentence was too long to parse
 * @param parsed       whether the sentence went through the parser
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
                       boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
