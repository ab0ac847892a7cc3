package org.parley.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every IRI Parley mints, {@code <base>id/<kind>/<slug>}: its description as RDF, or its page. The request
 * path stands for the IRI under the configured base, whatever host name the request used.
 */
@Path("/id")
public class IdResource {
    private final LinkedData data;
    private final Pages pages;

    public IdResource(LinkedData data, Pages pages) {
        this.data = data;
        this.pages = pages;
    }

    @GET
    @Path("{kind: [a-z]+}/{slug: [a-z0-9-]+}")
    public Response get(@PathParam("kind") String kind, @PathParam("slug") String slug, @QueryParam("format") String format,
                        @Context HttpHeaders headers) {
        String iri = data.iri("id/" + kind + "/" + slug);
        return Negotiation.respond(format, headers, () -> data.describe(iri), () -> pages.page(iri).map(Templates::page));
    }
}
