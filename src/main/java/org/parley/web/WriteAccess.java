package org.parley.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.config.ParleyConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards every write (SPARQL Update, Graph Store PUT/POST/DELETE): it must carry
 * {@code Authorization: Bearer <parley.update-token>}. With no token configured, writes are off.
 */
@ApplicationScoped
public class WriteAccess {
    private static final String BEARER = "bearer ";

    private final Optional<String> token;

    @Inject
    public WriteAccess(ParleyConfig config) {
        this(config.updateToken());
    }

    WriteAccess(Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank());
    }

    /** Returns if the request may write; otherwise 403 (writes off, wrong token) or 401 (no token sent). */
    public void require(Optional<String> authorization) {
        if (token.isEmpty()) {
            throw SparqlProblem.forbidden("writes are off on this server (no parley.update-token is configured)").raise();
        }
        String header = authorization.orElse("").trim();
        if (header.length() <= BEARER.length() || !header.substring(0, BEARER.length()).equalsIgnoreCase(BEARER)) {
            throw SparqlProblem.unauthorized().raise();
        }
        byte[] sent = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // constant-time, so that timing does not reveal how much of a guess was right
        if (!MessageDigest.isEqual(sent, token.get().getBytes(StandardCharsets.UTF_8))) {
            throw SparqlProblem.forbidden("the bearer token is not the update token").raise();
        }
    }
}
