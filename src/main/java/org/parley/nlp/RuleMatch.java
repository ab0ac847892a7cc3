package org.parley.nlp;

import java.util.Map;

/**
 * One match of a Semgrex rule: which rule fired where, and the token each named node bound.
 * Semgrex needs CoreNLP's SemanticGraph, which must not leave this package, so the rules run here and the
 * extract stage receives plain matches.
 *
 * @param relation the rule file's relation ({@code meeting}, {@code call}, {@code dispute}, {@code travel})
 * @param rule     the pattern's name within its file
 * @param sentence index of the sentence
 * @param nodes    named node → token index
 */
public record RuleMatch(String relation, String rule, int sentence, Map<String, Integer> nodes) {
    public RuleMatch {
        nodes = Map.copyOf(nodes);
    }
}
