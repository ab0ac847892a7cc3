package org.parley.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /sparql}: SPARQL 1.1 query and update by GET and POST, and the service description on a bare GET.
 * Other methods get 405 from JAX-RS.
 */
@Path("/sparql")
public class SparqlResource {
    private final SparqlService sparql;

    public SparqlResource(SparqlService sparql) {
        this.sparql = sparql;
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return sparql.handle(HttpInput.of("GET", uri, headers, null), SparqlRequest.Endpoint.SPARQL);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return sparql.handle(HttpInput.of("POST", uri, headers, body), SparqlRequest.Endpoint.SPARQL);
    }
}
