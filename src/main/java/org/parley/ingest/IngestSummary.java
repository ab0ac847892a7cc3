package org.parley.ingest;

import java.util.List;

/** The outcome of a batch: one result per article, in input order. */
public record IngestSummary(List<ArticleResult> results, double seconds) {
    public IngestSummary {
        results = List.copyOf(results);
    }

    public long count(ArticleResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean anyFailed() {
        return count(ArticleResult.Status.FAILED) > 0;
    }

    /** One line: ingested, unchanged, duplicates, failed, and the rate. */
    public String line() {
        double rate = seconds > 0 ? count(ArticleResult.Status.INGESTED) / seconds : 0;
        return String.format("%d ingested, %d unchanged, %d duplicate, %d failed in %.1f s (%.2f articles/s)",
                count(ArticleResult.Status.INGESTED), count(ArticleResult.Status.UNCHANGED),
                count(ArticleResult.Status.DUPLICATE), count(ArticleResult.Status.FAILED), seconds, rate);
    }
}
