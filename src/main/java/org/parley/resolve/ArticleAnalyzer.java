package org.parley.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.domain.Article;
import org.parley.domain.Extraction;
import org.parley.domain.Outcome;

/** Placeholder until the nlp stage lands (branch nlp). */
@ApplicationScoped
public class ArticleAnalyzer {
    public Outcome<Extraction> analyze(Article article) {
        return Outcome.rejected("nlp", article.source(), "not implemented");
    }
}
