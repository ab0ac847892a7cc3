package org.parley.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /data}: the Graph Store Protocol, {@code ?graph=IRI} or {@code ?default}. */
@Path("/data")
public class GraphStoreResource {
    private final GraphStore graphs;

    public GraphStoreResource(GraphStore graphs) {
        this.graphs = graphs;
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return graphs.get(HttpInput.of("GET", uri, headers, null));
    }

    @HEAD
    public Response head(@Context UriInfo uri, @Context HttpHeaders headers) {
        return graphs.head(HttpInput.of("HEAD", uri, headers, null));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return graphs.write(HttpInput.of("PUT", uri, headers, body), GraphStore.Write.REPLACE);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return graphs.write(HttpInput.of("POST", uri, headers, body), GraphStore.Write.MERGE);
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return graphs.delete(HttpInput.of("DELETE", uri, headers, null));
    }
}
