package org.parley.nlp;

import org.parley.domain.Article;

import java.util.List;

/**
 * What the nlp stage makes of an article: sentences, mentions and rule matches, with offsets into
 * {@code article.text()}. No CoreNLP type survives in it.
 *
 * @param article   the article as read
 * @param sentences every sentence of the (possibly cut) text
 * @param mentions  named-entity and time mentions, in text order
 * @param matches   rule matches, in text order
 */
public record ParsedArticle(Article article, List<Sentence> sentences, List<Mention> mentions,
                            List<RuleMatch> matches) {
    public ParsedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        matches = List.copyOf(matches);
    }
}
