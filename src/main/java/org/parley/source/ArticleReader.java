package org.parley.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.domain.Article;
import org.parley.domain.Outcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Placeholder until the source stage lands (branch source). */
@ApplicationScoped
public class ArticleReader {
    public List<Path> expand(List<String> args) {
        return args.stream().map(Path::of).toList();
    }

    public Outcome<Article> read(Path file) {
        return Outcome.rejected("source", file.toString(), "not implemented");
    }

    public Outcome<Article> read(String sourceName, byte[] bytes, Optional<String> mediaType) {
        return Outcome.rejected("source", sourceName, "not implemented");
    }
}
