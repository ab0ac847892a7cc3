package org.parley.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.parley.store.ParleyStore;

import java.util.Map;

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
    public Response framework(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(original.getStatusInfo().getReasonPhrase() + "\n");
        // keep what the status needs (Allow for 405), drop the rest
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    /** The store is down or locked: the operator's problem, so the client learns only that, the log the rest. */
    @ServerExceptionMapper
    public Response storeUnavailable(ParleyStore.StoreUnavailableException e) {
        LOG.error(e.getMessage());
        return render(new SparqlProblem(503, "the store is unavailable; try again later", Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure while serving a request", e);
        return Response.serverError().type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity("internal error; the server log has the details\n").build();
    }

    static Response render(SparqlProblem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                .entity(problem.message() + "\n");
        problem.headers().forEach(builder::header);
        return builder.build();
    }
}
