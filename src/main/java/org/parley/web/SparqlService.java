package org.parley.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.parley.config.ParleyConfig;

import java.util.Locale;

/**
 * The SPARQL protocol in one call: writes are authorised first (no parsing for strangers), the request is
 * checked into a {@link SparqlRequest}, and only then does {@link SparqlExecutor} touch the store. Every
 * request is counted by operation and outcome ({@code parley_sparql_requests_total}).
 */
@ApplicationScoped
public class SparqlService {
    static final String REQUESTS_METRIC = "parley.sparql.requests";

    private final SparqlExecutor executor;
    private final WriteAccess access;
    private final MeterRegistry registry;
    private final SparqlRequest.Limits limits;

    public SparqlService(SparqlExecutor executor, WriteAccess access, MeterRegistry registry, ParleyConfig config) {
        this.executor = executor;
        this.access = access;
        this.registry = registry;
        this.limits = new SparqlRequest.Limits(config.baseIri(), config.maxQueryLength(),
                config.queryTimeout().toMillis(), config.resultLimit());
    }

    Response handle(HttpInput in, SparqlRequest.Endpoint endpoint) {
        SparqlRequest.Operation operation = SparqlRequest.operationOf(in, endpoint);
        try {
            if (operation == SparqlRequest.Operation.UPDATE) {
                access.require(in.authorization());
            }
            Response response = executor.run(SparqlRequest.from(in, endpoint, limits));
            count(operation.name(), "ok");
            return response;
        } catch (SparqlProblem.Failure failure) {
            count(operation.name(), failure.problem().outcome());
            throw failure;
        } catch (RuntimeException e) {
            count(operation.name(), "error");
            throw e;
        }
    }

    private void count(String operation, String outcome) {
        Counter.builder(REQUESTS_METRIC)
                .description("SPARQL protocol requests, by operation and outcome")
                .tag("operation", operation.toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
