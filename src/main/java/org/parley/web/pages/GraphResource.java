package org.parley.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** An article's named graph, {@code <base>graph/article/<hash>}: its triples as RDF, or a page of its provenance. */
@Path("/graph")
public class GraphResource {
    private final LinkedData data;
    private final Pages pages;

    public GraphResource(LinkedData data, Pages pages) {
        this.data = data;
        this.pages = pages;
    }

    @GET
    @Path("article/{slug: [a-z0-9-]+}")
    public Response get(@PathParam("slug") String slug, @QueryParam("format") String format, @Context HttpHeaders headers) {
        String iri = data.iri("graph/article/" + slug);
        return Negotiation.respond(format, headers, () -> data.graph(iri), () -> pages.page(iri).map(Templates::page));
    }
}
