package org.parley.nlp;

/**
 * One token as CoreNLP saw it, copied out of the annotation.
 *
 * @param index position in its sentence, from 0
 * @param word  surface form
 * @param lemma lemma, lower case as CoreNLP gives it
 * @param pos   Penn Treebank tag
 * @param ner   named-entity class ({@code O} when none)
 * @param begin character offset in the article text (inclusive)
 * @param end   character offset in the article text (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
}
