package org.parley.domain;

import java.util.Objects;

/**
 * What a stage made of one article: a value, or the reason it was rejected. Errors at stage
 * boundaries are values so that a batch goes on and the exit code can tell.
 */
public sealed interface Outcome<T> {

    /** The stage produced a value. */
    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The stage refused the article; {@code reason} is one line a person can act on. */
    record Rejected<T>(String stage, String articleId, String reason) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> rejected(String stage, String articleId, String reason) {
        return new Rejected<>(stage, articleId, reason);
    }
}
