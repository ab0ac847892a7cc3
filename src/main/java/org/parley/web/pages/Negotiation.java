package org.parley.web.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Direct content negotiation on an IRI: the same URL answers with RDF or a page, by {@code Accept} or
 * {@code ?format=}, and every answer says {@code Vary: Accept} so that caches keep the forms apart.
 */
final class Negotiation {
    private Negotiation() {}

    static Response respond(String format, HttpHeaders headers, Supplier<Optional<Graph>> rdf,
                            Supplier<Optional<TemplateInstance>> page) {
        Optional<Representation> chosen = Representation.choose(Optional.ofNullable(format), headers.getAcceptableMediaTypes());
        if (chosen.isEmpty()) {
            Response.Status status = format != null ? Response.Status.BAD_REQUEST : Response.Status.NOT_ACCEPTABLE;
            return vary(Response.status(status).type("text/plain")
                    .entity(format != null ? "unknown format '" + format + "'; use ttl, jsonld, nt, rdf or html\n"
                            : "offered: text/turtle, application/ld+json, application/n-triples, application/rdf+xml, text/html\n"));
        }
        Representation r = chosen.get();
        if (r == Representation.HTML) {
            return page.get().map(t -> vary(Response.ok(t, r.mediaType())))
                    .orElseGet(Negotiation::notFound);
        }
        return rdf.get().map(g -> vary(Response.ok((StreamingOutput) out -> RDFWriter.source(g).lang(r.lang)
                        // "@prefix", which every Turtle parser reads, older ones included
                        .set(RIOT.symTurtleDirectiveStyle, "at").output(out), r.mediaType())))
                .orElseGet(Negotiation::notFound);
    }

    private static Response notFound() {
        return vary(Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("nothing is known about this IRI\n"));
    }

    private static Response vary(Response.ResponseBuilder builder) {
        return builder.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
