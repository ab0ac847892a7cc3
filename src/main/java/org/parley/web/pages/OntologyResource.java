package org.parley.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** The ontology, namespace {@code https://w3id.org/parley/ont#}, served here the same way as the data. */
@Path("/ont")
public class OntologyResource {
    private final LinkedData data;
    private final Pages pages;

    public OntologyResource(LinkedData data, Pages pages) {
        this.data = data;
        this.pages = pages;
    }

    @GET
    public Response get(@QueryParam("format") String format, @Context HttpHeaders headers) {
        return Negotiation.respond(format, headers, data::ontology, () -> Optional.of(Templates.ontology(pages.ontology())));
    }
}
