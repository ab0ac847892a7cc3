package org.parley.ingest;

import java.util.Objects;

/**
 * What became of one article in an ingest.
 *
 * @param name    the file, URL or {@code -} it came from
 * @param status  ingested, unchanged, duplicate or failed
 * @param detail  one line for the user: the counts written, or the reason
 */
public record ArticleResult(String name, Status status, String detail) {
    public enum Status { INGESTED, UNCHANGED, DUPLICATE, FAILED }

    public ArticleResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
