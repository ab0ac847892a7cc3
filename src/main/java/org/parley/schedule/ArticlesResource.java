package org.parley.schedule;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.parley.domain.Article;
import org.parley.domain.Outcome;
import org.parley.ingest.ArticleResult;
import org.parley.ingest.IngestService;
import org.parley.source.ArticleReader;
import org.parley.web.WriteAccess;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /articles}: one article pushed over HTTP, run through the same pipeline as a file. The body is
 * {@code text/plain}, {@code text/html}, or JSON {@code {url, published, title, text}}; the answer names the
 * article's IRI and what was extracted. Writes need the update token, like SPARQL Update.
 */
@Path("/articles")
public class ArticlesResource {
    private final WriteAccess access;
    private final ArticleReader reader;
    private final IngestService ingest;
    private final IngestTarget target;

    public ArticlesResource(WriteAccess access, ArticleReader reader, IngestService ingest, IngestTarget target) {
        this.access = access;
        this.reader = reader;
        this.ingest = ingest;
        this.target = target;
    }

    /**
     * @param url       for a text or HTML body, the article's address (its name in the store); JSON carries it as {@code url}
     * @param published for a text or HTML body, the publication date (YYYY-MM-DD) when the text gives none;
     *                  JSON carries it as {@code published}
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("url") String url,
                         @QueryParam("published") String published, byte[] body) {
        access.require(Optional.ofNullable(authorization));
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Posted posted;
        try {
            posted = switch (type) {
                case "text/plain", "text/html" -> new Posted(nameOf(Optional.ofNullable(url), body), body, contentType,
                        Optional.empty(), date(Optional.ofNullable(published), "published"));
                case "application/json" -> Posted.json(body);
                default -> throw new BadPost(415, "send text/plain, text/html or application/json, not " + (type.isEmpty() ? "nothing" : type));
            };
        } catch (BadPost e) {
            return Response.status(e.status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(e.getMessage() + "\n").build();
        }
        Outcome<Article> read = reader.read(posted.name(), posted.text(), Optional.of(posted.mediaType()));
        Optional<String> iri = Optional.empty();
        if (read instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            if (posted.title().isPresent()) {
                a = new Article(a.source(), posted.title(), a.published(), a.authors(), a.publisher(), a.language(), a.text(), a.contentHash());
                read = Outcome.ok(a);
            }
            iri = Optional.of(ingest.articleIri(a));
        }
        ArticleResult result = ingest.ingest(posted.name(), read, posted.published(), target.store());
        JsonObject answer = new JsonObject();
        answer.put("name", result.name());
        iri.ifPresent(i -> answer.put("article", i));
        answer.put("status", result.status().name().toLowerCase(Locale.ROOT));
        answer.put("detail", result.detail());
        int status = switch (result.status()) {
            case INGESTED -> 201;
            case UNCHANGED, DUPLICATE -> 200;
            case FAILED -> result.detail().startsWith(IngestService.STORE_FAILURE) ? 503 : 422;
        };
        return Response.status(status).entity(JSON.toStringFlat(answer) + "\n").build();
    }

    /** The name of a posted text: its address when given, else one made from its bytes so that a repeat is the same article. */
    private static String nameOf(Optional<String> url, byte[] body) throws BadPost {
        if (url.isPresent()) {
            URI uri;
            try {
                uri = URI.create(url.get().strip());
            } catch (IllegalArgumentException e) {
                throw new BadPost(400, "url is not a URL: " + url.get());
            }
            if (!PoliteFetcher.fetchable(uri)) {
                throw new BadPost(400, "url must be an http or https URL: " + url.get());
            }
            return SeenItems.canonical(uri);
        }
        return "posted:" + SeenItems.sha256(body).substring(0, 16);
    }

    private static Optional<LocalDate> date(Optional<String> text, String what) throws BadPost {
        try {
            return text.map(String::strip).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new BadPost(400, what + " must be YYYY-MM-DD");
        }
    }

    private record Posted(String name, byte[] text, String mediaType, Optional<String> title, Optional<LocalDate> published) {
        static Posted json(byte[] body) throws BadPost {
            JsonObject o;
            try {
                JsonValue v = JSON.parseAny(new String(body, StandardCharsets.UTF_8));
                if (!v.isObject()) {
                    throw new BadPost(400, "the JSON body must be an object {url, published, title, text}");
                }
                o = v.getAsObject();
            } catch (JsonException e) {
                throw new BadPost(400, "the body is not JSON: " + e.getMessage());
            }
            String text = string(o, "text").filter(t -> !t.isBlank())
                    .orElseThrow(() -> new BadPost(400, "the JSON body needs a non-empty \"text\""));
            Optional<LocalDate> published = date(string(o, "published"), "\"published\"");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Posted(nameOf(string(o, "url"), bytes), bytes, "text/plain; charset=utf-8",
                    string(o, "title").map(String::strip).filter(t -> !t.isEmpty()), published);
        }

        private static Optional<String> string(JsonObject o, String key) throws BadPost {
            if (!o.hasKey(key) || o.get(key).isNull()) {
                return Optional.empty();
            }
            if (!o.get(key).isString()) {
                throw new BadPost(400, "\"" + key + "\" must be a string");
            }
            return Optional.of(o.get(key).getAsString().value());
        }
    }

    /** A request this resource refuses before anything runs. */
    private static final class BadPost extends Exception {
        final int status;

        BadPost(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
