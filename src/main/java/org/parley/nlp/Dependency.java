package org.parley.nlp;

/**
 * One edge of a sentence's enhanced++ dependency graph, by token index.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param relation  Universal Dependencies relation with its specifier ({@code obl:with})
 * @param dependent index of the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
}
