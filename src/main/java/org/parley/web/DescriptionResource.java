package org.parley.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** {@code /.well-known/void}: the VoID description of the dataset (RFC 5785 location, as VoID asks). */
@Path("/.well-known/void")
public class DescriptionResource {
    private final Descriptions descriptions;

    public DescriptionResource(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @GET
    public Response get(@Context HttpHeaders headers) {
        ResultFormat format = ResultFormat.choose(ResultFormat.Shape.GRAPH, Optional.empty(), headers.getAcceptableMediaTypes());
        return SparqlExecutor.graph(descriptions.voidDataset(), format).build();
    }
}
