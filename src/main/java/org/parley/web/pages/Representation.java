package org.parley.web.pages;

import jakarta.ws.rs.core.MediaType;
import org.apache.jena.riot.Lang;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The forms a dereferenced IRI answers in. Turtle comes first so that an {@code Accept} of any type (curl, most
 * RDF tools' fallback) gets data; browsers name {@code text/html} and get the page.
 */
enum Representation {
    TURTLE(Lang.TURTLE, List.of("ttl", "turtle"), "text/turtle", "application/x-turtle"),
    JSONLD(Lang.JSONLD, List.of("jsonld", "json-ld", "json"), "application/ld+json", "application/json"),
    NTRIPLES(Lang.NTRIPLES, List.of("nt", "ntriples", "n-triples"), "application/n-triples", "text/plain"),
    RDFXML(Lang.RDFXML, List.of("rdf", "rdfxml", "xml"), "application/rdf+xml", "application/xml", "text/xml"),
    HTML(null, List.of("html"), "text/html", "application/xhtml+xml");

    final Lang lang;
    private final List<String> names;
    private final List<MediaType> mediaTypes;

    Representation(Lang lang, List<String> names, String... mediaTypes) {
        this.lang = lang;
        this.names = names;
        this.mediaTypes = Stream.of(mediaTypes).map(MediaType::valueOf).toList();
    }

    MediaType mediaType() {
        return mediaTypes.get(0).withCharset("utf-8");
    }

    /**
     * The form named by {@code ?format=}, else the first acceptable one in the client's order of preference;
     * empty when the client accepts none of them (406) or names an unknown format (400 is the caller's choice).
     */
    static Optional<Representation> choose(Optional<String> format, List<MediaType> accept) {
        if (format.isPresent()) {
            String wanted = format.get().trim().toLowerCase(Locale.ROOT);
            return Stream.of(values()).filter(r -> r.names.contains(wanted)).findFirst();
        }
        if (accept.isEmpty()) {
            return Optional.of(TURTLE);
        }
        for (MediaType acceptable : accept) {
            for (Representation r : values()) {
                if (r.mediaTypes.stream().anyMatch(acceptable::isCompatible)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
