package org.parley.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a layout reader found in one document, before the article is named and checked.
 *
 * @param canonicalUrl the document's own http(s) address, when it states one
 * @param body         the article text, paragraphs separated by blank lines
 */
record ArticleParts(Optional<String> title, Optional<LocalDate> published, List<String> authors,
                    Optional<String> publisher, Optional<String> canonicalUrl, String body) {
    ArticleParts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(body, "body");
    }
}
