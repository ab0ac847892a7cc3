package org.parley.web;

import jakarta.ws.rs.core.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer formats offered, each with its {@code format=} names, its media types and the Jena language
 * that writes it. The first of each shape is its default.
 */
enum ResultFormat {
    JSON(Shape.RESULTS, ResultSetLang.RS_JSON, "SPARQL_Results_JSON", List.of("json"), "application/sparql-results+json", "application/json"),
    XML(Shape.RESULTS, ResultSetLang.RS_XML, "SPARQL_Results_XML", List.of("xml"), "application/sparql-results+xml", "application/xml", "text/xml"),
    CSV(Shape.RESULTS, ResultSetLang.RS_CSV, "SPARQL_Results_CSV", List.of("csv"), "text/csv"),
    TSV(Shape.RESULTS, ResultSetLang.RS_TSV, "SPARQL_Results_TSV", List.of("tsv"), "text/tab-separated-values"),
    TURTLE(Shape.GRAPH, Lang.TURTLE, "Turtle", List.of("ttl", "turtle"), "text/turtle", "application/x-turtle"),
    NTRIPLES(Shape.GRAPH, Lang.NTRIPLES, "N-Triples", List.of("nt", "ntriples", "n-triples"), "application/n-triples"),
    JSONLD(Shape.GRAPH, Lang.JSONLD, "JSON-LD", List.of("jsonld", "json-ld", "json"), "application/ld+json", "application/json"),
    RDFXML(Shape.GRAPH, Lang.RDFXML, "RDF_XML", List.of("rdfxml", "rdf", "xml"), "application/rdf+xml", "application/xml", "text/xml"),
    TRIG(Shape.GRAPH, Lang.TRIG, "TriG", List.of("trig"), "application/trig"),
    NQUADS(Shape.GRAPH, Lang.NQUADS, "N-Quads", List.of("nq", "nquads", "n-quads"), "application/n-quads");

    /** What an answer is: variable bindings or a boolean (SELECT, ASK), or triples (CONSTRUCT, DESCRIBE). */
    enum Shape { RESULTS, GRAPH }

    /** Where the W3C names its formats, for service descriptions. */
    private static final String FORMATS_NS = "http://www.w3.org/ns/formats/";

    final Shape shape;
    final Lang lang;
    /** The format's IRI in the W3C formats namespace. */
    final Node w3cFormat;
    private final List<String> names;
    private final List<MediaType> mediaTypes;

    ResultFormat(Shape shape, Lang lang, String w3cFormat, List<String> names, String... mediaTypes) {
        this.shape = shape;
        this.lang = lang;
        this.w3cFormat = NodeFactory.createURI(FORMATS_NS + w3cFormat);
        this.names = names;
        this.mediaTypes = Arrays.stream(mediaTypes).map(MediaType::valueOf).toList();
    }

    /** The media type sent back, with a charset where the format is text. */
    MediaType mediaType() {
        return mediaTypes.get(0).withCharset("utf-8");
    }

    boolean isDataset() {
        return this == TRIG || this == NQUADS;
    }

    /**
     * The format of an answer: named by the {@code format} parameter when there is one (400 if it does not fit
     * the shape), else the first acceptable offer, else the default.
     */
    static ResultFormat choose(Shape shape, Optional<String> format, List<MediaType> accept) {
        if (format.isPresent()) {
            String wanted = format.get().trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(f -> f.shape == shape)
                    .filter(f -> f.names.contains(wanted) || f.mediaTypes.stream().anyMatch(m -> m.toString().equals(wanted)))
                    .findFirst()
                    .orElseThrow(() -> SparqlProblem.badRequest("format '" + format.get() + "' is not offered for this answer; use one of: "
                            + Arrays.stream(values()).filter(f -> f.shape == shape).map(f -> f.names.get(0))
                            .collect(Collectors.joining(", "))).raise());
        }
        for (MediaType acceptable : accept) {
            for (ResultFormat f : values()) {
                if (f.shape == shape && f.mediaTypes.stream().anyMatch(acceptable::isCompatible)) {
                    return f;
                }
            }
        }
        // Browsers and odd clients get the default rather than a 406.
        return shape == Shape.RESULTS ? JSON : TURTLE;
    }
}
