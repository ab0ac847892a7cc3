package org.parley.web;

import java.util.Map;

/**
 * Why a request was refused: an HTTP status, a message for the client, and any headers the status calls
 * for. Made by the named makers below, raised as {@link Failure}, rendered by {@link ProblemMappers}.
 */
public record SparqlProblem(int status, String message, Map<String, String> headers) {
    public SparqlProblem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        headers = Map.copyOf(headers);
    }

    static SparqlProblem badRequest(String message) {
        return new SparqlProblem(400, message, Map.of());
    }

    static SparqlProblem unauthorized() {
        return new SparqlProblem(401, "this operation needs 'Authorization: Bearer <token>'",
                Map.of("WWW-Authenticate", "Bearer realm=\"parley\""));
    }

    static SparqlProblem forbidden(String message) {
        return new SparqlProblem(403, message, Map.of());
    }

    static SparqlProblem notFound(String message) {
        return new SparqlProblem(404, message, Map.of());
    }

    static SparqlProblem tooLarge(String message) {
        return new SparqlProblem(413, message, Map.of());
    }

    static SparqlProblem unsupportedMediaType(String message) {
        return new SparqlProblem(415, message, Map.of());
    }

    static SparqlProblem timedOut(long millis) {
        return new SparqlProblem(503, "query stopped after its time limit of " + millis + " ms", Map.of());
    }

    /** A word for metrics: what kind of refusal this was. */
    String outcome() {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 503 -> "timeout";
            default -> "error";
        };
    }

    Failure raise() {
        return new Failure(this);
    }

    /** Carries a problem out of the code that found it; no stack trace, as it is not a bug. */
    public static final class Failure extends RuntimeException {
        private final SparqlProblem problem;

        Failure(SparqlProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        public SparqlProblem problem() {
            return problem;
        }
    }
}
