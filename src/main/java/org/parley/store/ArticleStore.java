package org.parley.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import java.util.Optional;

/**
 * Where article graphs go: the embedded TDB2 store or a remote one. Every write replaces one named graph
 * as a unit, so that a failure leaves the previous state and never half an article.
 */
public interface ArticleStore {

    /** Replaces the named graph {@code name} by {@code content}, atomically. */
    void replace(Node name, Graph content);

    /** The source location of a stored article whose text has this SHA-256, if any. */
    Optional<String> sourceOfContent(String contentHash);

    /** The content hash stored for the article with this IRI, if it is stored. */
    Optional<String> contentHashOf(Node article);
}
