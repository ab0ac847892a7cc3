package org.parley.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

import io.quarkus.qute.TemplateInstance;
import org.parley.web.WriteAccess;
import org.parley.web.pages.SourcesView;
import org.parley.web.pages.Templates;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code /sources}: the status of every configured feed and folder, as JSON, as an HTML page (the site's
 * layout) or as plain text: schedule, last and next poll, items seen, ingested, unchanged and failed, and the
 * latest failures with their reasons.
 */
@Path("/sources")
public class SourcesResource {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Sources sources;
    private final WriteAccess access;

    public SourcesResource(Sources sources, WriteAccess access) {
        this.sources = sources;
        this.access = access;
    }

    /** Polls one source now instead of at its next turn; needs the update token. */
    @POST
    @Path("{name}/poll")
    @Produces(MediaType.APPLICATION_JSON)
    public Response poll(@PathParam("name") String name, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(Optional.ofNullable(authorization));
        return sources.pollNow(name).map(s -> Response.ok(JSON.toString(json(s)) + "\n").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN)
                        .entity("no source is named " + name + "\n").build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String json() {
        JsonArray all = new JsonArray();
        for (SourceStatus.Snapshot s : sources.statuses()) {
            all.add(json(s));
        }
        JsonObject answer = new JsonObject();
        answer.put("sources", all);
        return JSON.toString(answer) + "\n";
    }

    private static JsonObject json(SourceStatus.Snapshot s) {
        JsonObject o = new JsonObject();
        o.put("name", s.name());
        o.put("kind", s.kind());
        o.put("location", s.location());
        o.put("schedule", s.schedule());
        o.put("polling", s.polling());
        s.lastPoll().ifPresent(t -> o.put("lastPoll", t.toString()));
        s.nextPoll().ifPresent(t -> o.put("nextPoll", t.toString()));
        o.put("seen", s.seen());
        o.put("ingested", s.ingested());
        o.put("unchanged", s.unchanged());
        o.put("failed", s.failed());
        JsonArray failures = new JsonArray();
        for (SourceStatus.Failure f : s.failures()) {
            JsonObject fo = new JsonObject();
            fo.put("at", f.at().toString());
            fo.put("item", f.item());
            fo.put("reason", f.reason());
            failures.add(fo);
        }
        o.put("failures", failures);
        return o;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.sources(new SourcesView(sources.statuses().stream().map(SourcesResource::row).toList()));
    }

    private static SourcesView.Row row(SourceStatus.Snapshot s) {
        return new SourcesView.Row(s.name(), s.kind(), s.location(), s.schedule(),
                s.lastPoll().map(SourcesResource::time).orElse("never"),
                s.polling() ? "polling now" : s.nextPoll().map(SourcesResource::time).orElse("not scheduled"),
                s.seen(), s.ingested(), s.unchanged(), s.failed(),
                s.failures().stream().map(f -> new SourcesView.Failure(time(f.at()), f.item(), f.reason())).toList());
    }

    private static String time(Instant t) {
        return t.equals(Instant.MAX) ? "never" : TIME.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String text() {
        StringBuilder out = new StringBuilder();
        if (sources.statuses().isEmpty()) {
            out.append("No sources are configured (parley.sources.feeds.*, parley.sources.folders.*).\n");
        }
        for (SourceStatus.Snapshot s : sources.statuses()) {
            out.append(s.name()).append(" (").append(s.kind()).append(' ').append(s.location()).append(", ")
                    .append(s.schedule()).append(")\n")
                    .append("  last poll ").append(s.lastPoll().map(Instant::toString).orElse("never"))
                    .append(s.polling() ? " (polling now)" : "")
                    .append(", next ").append(s.nextPoll().map(Instant::toString).orElse("soon")).append('\n')
                    .append("  seen ").append(s.seen()).append(", ingested ").append(s.ingested())
                    .append(", unchanged ").append(s.unchanged()).append(", failed ").append(s.failed()).append('\n');
            for (SourceStatus.Failure f : s.failures()) {
                out.append("  failed ").append(f.at()).append(' ').append(f.item()).append(": ").append(f.reason()).append('\n');
            }
        }
        return out.toString();
    }
}
