package org.parley.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.config.ParleyConfig;
import org.parley.domain.Article;
import org.parley.domain.Outcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The source stage: which inputs the command line names, and each one read into an {@link Article}. */
@ApplicationScoped
public class ArticleReader {
    private final ArticleSource source;

    public ArticleReader(ParleyConfig config) {
        this.source = new ArticleSource(config.ingest().maxFileBytes(), System.in);
    }

    /** Files and folders (their article files, recursively, sorted, no hidden ones); {@code -} is standard input. */
    public List<Path> expand(List<String> args) {
        return InputPaths.expand(args);
    }

    /** Reads one path from {@link #expand}; {@code -} reads standard input. */
    public Outcome<Article> read(Path file) {
        return source.read(file);
    }

    /** Reads bytes from standard input ({@code -}) or fetched from an address. */
    public Outcome<Article> read(String sourceName, byte[] bytes, Optional<String> mediaType) {
        return source.read(sourceName, bytes, mediaType);
    }
}
