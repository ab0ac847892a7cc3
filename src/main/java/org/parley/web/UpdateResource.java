package org.parley.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /update}: SPARQL 1.1 Update only, by POST, for clients that keep query and update endpoints apart. */
@Path("/update")
public class UpdateResource {
    private final SparqlService sparql;

    public UpdateResource(SparqlService sparql) {
        this.sparql = sparql;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return sparql.handle(HttpInput.of("POST", uri, headers, body), SparqlRequest.Endpoint.UPDATE);
    }
}
