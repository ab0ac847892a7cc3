package org.parley.web.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The pages that stand for no IRI: home, search, the query page and the three views. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {
    private final Pages pages;
    private final Examples examples;

    public PageResource(Pages pages, Examples examples) {
        this.pages = pages;
        this.examples = examples;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(pages.home());
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q) {
        return Templates.search(pages.search(q));
    }

    @GET
    @Path("query")
    public TemplateInstance query() {
        return Templates.query(pages.query(examples.all()));
    }

    @GET
    @Path("views/network")
    public TemplateInstance network() {
        return Templates.network(pages.network());
    }

    @GET
    @Path("views/map")
    public TemplateInstance map() {
        return Templates.map(pages.map());
    }

    @GET
    @Path("views/timeline")
    public TemplateInstance timeline() {
        return Templates.timeline(pages.timeline());
    }
}
