package org.parley.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.store.ParleyStore;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders every failure as a status and a one-line plain-text message. Clients never see a stack trace:
 * refusals carry their own message, framework errors keep their status and reason phrase, and anything
 * else is a bug, logged here and answered with a bare 500.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(SparqlProblem.Failure failure) {
        return render(failure.problem());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(original.getStatusInfo().getReasonPhrase() + "\n");
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            // HTTP requires a 405 to list what is allowed; the matched resource's methods say it
            builder.header(HttpHeaders.ALLOW, allowed(uri));
        }
        return builder.build();
    }

    /** This package's resources, whose annotations tell which methods each path takes. */
    private static final List<Class<?>> RESOURCES = List.of(SparqlResource.class, UpdateResource.class,
            GraphStoreResource.class, DescriptionResource.class);

    private static String allowed(UriInfo uri) {
        String path = "/" + uri.getPath().replaceAll("^/+|/+$", "");
        Set<String> methods = new TreeSet<>(Set.of(HttpMethod.OPTIONS));
        for (Class<?> resource : RESOURCES) {
            if (!resource.getAnnotation(Path.class).value().equals(path)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        methods.add(http.value());
                    }
                }
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        return String.join(", ", methods);
    }

    /** The store is down or locked: the operator's problem, so the client learns only that, the log the rest. */
    @ServerExceptionMapper
    public Response storeUnavailable(ParleyStore.StoreUnavailableException e) {
        LOG.error(e.getMessage());
        return render(new SparqlProblem(503, "the store is unavailable; try again later", Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (connectionClosed(e)) {
            // the client (or the shutting-down transport) closed the connection mid-answer: nothing failed here
            LOG.infof("a connection closed before its answer was written: %s", e.getMessage());
            return Response.serverError().build();
        }
        LOG.error("unexpected failure while serving a request", e);
        return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("internal error; the server log has the details\n").build();
    }

    /** Vert.x's output stream reports a write to a closed connection as an IOException "Failed to write". */
    private static boolean connectionClosed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException && "Failed to write".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    static Response render(SparqlProblem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(problem.message() + "\n");
        problem.headers().forEach(builder::header);
        return builder.build();
    }
}
