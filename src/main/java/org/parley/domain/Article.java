package org.parley.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read by the source stage: its text and what is known about it.
 *
 * @param source      where it came from: its canonical URL, else its file path or {@code -} for standard input
 * @param title       headline, when known
 * @param published   publication date, the anchor of every relative date in the text; empty when none was found
 * @param authors     bylines, in order
 * @param publisher   the outlet, when known
 * @param language    BCP 47 language tag of the text ({@code en} when not stated)
 * @param text        the article body, without metadata lines; offsets of evidence point into it
 * @param contentHash SHA-256 of {@code text}, hex; identical content under another name has the same hash
 */
public record Article(String source, Optional<String> title, Optional<LocalDate> published, List<String> authors,
                      Optional<String> publisher, String language, String text, String contentHash) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content hash must be 64 hex digits: " + contentHash);
        }
    }

    /** The same article with another publication date (the command line's {@code --published}). */
    public Article withPublished(LocalDate date) {
        return new Article(source, title, Optional.of(date), authors, publisher, language, text, contentHash);
    }
}
