package org.parley.resolve;

import org.parley.domain.EntityKind;
import org.parley.domain.Keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Mints every data IRI: the configured base, a fixed path per kind, and a slug. Deterministic, so that
 * re-ingesting an article yields the same IRIs; only slugs of {@code [a-z0-9-]+} go in.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A short stable slug for an article, from its identity (canonical URL or path). */
    public static String articleSlug(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public String article(String articleSlug) {
        return base + "id/article/" + Keys.check(articleSlug);
    }

    /** The named graph that holds everything one article says. */
    public String articleGraph(String articleSlug) {
        return base + "graph/article/" + Keys.check(articleSlug);
    }

    /** The named graph of the canonical layer: one node per real-world event or dispute across articles. */
    public String canonicalGraph() {
        return base + "graph/canonical";
    }

    /** A canonical event or dispute: {@code kind} is {@code meeting}, {@code call} or {@code dispute}. */
    public String canonical(String kind, String key) {
        return base + "id/event/" + Keys.check(kind) + "-" + Keys.check(key);
    }

    /** An entity by its store-wide id, {@code person/jane-roe}. */
    public String entity(String id) {
        int slash = id.indexOf('/');
        return base + "id/" + Keys.check(id.substring(0, slash)) + "/" + Keys.check(id.substring(slash + 1));
    }

    /** The store-wide id ({@code person/jane-roe}) of an entity IRI minted here; empty for any other IRI. */
    public Optional<String> entityId(String iri) {
        if (!iri.startsWith(base + "id/")) {
            return Optional.empty();
        }
        String id = iri.substring(base.length() + 3);
        return id.matches("(person|organization|state|place)/[a-z0-9]+(-[a-z0-9]+)*")
                ? Optional.of(id) : Optional.empty();
    }

    public String entity(EntityKind kind, String key) {
        return base + "id/" + pathOf(kind) + "/" + Keys.check(key);
    }

    /** The point of a place or state, as its gazetteer gives it: {@code id/geometry/<kind path>-<key>}. */
    public String geometry(EntityKind kind, String key) {
        return base + "id/geometry/" + pathOf(kind) + "-" + Keys.check(key);
    }

    /** A fact reported by one article: {@code meeting}, {@code call}, {@code dispute}, {@code evidence}… */
    public String fact(String kind, String articleSlug, String key) {
        return base + "id/" + Keys.check(kind) + "/" + Keys.check(articleSlug) + "-" + Keys.check(key);
    }

    /** The ingestion run that produced an article graph. */
    public String activity(String articleSlug, String runSlug) {
        return base + "id/ingestion/" + Keys.check(articleSlug) + "-" + Keys.check(runSlug);
    }

    static String pathOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "person";
            case ORGANIZATION, ARMED_GROUP -> "organization";
            case STATE -> "state";
            default -> "place";
        };
    }
}
