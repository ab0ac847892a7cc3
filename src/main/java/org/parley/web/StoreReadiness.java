package org.parley.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.parley.store.ParleyStore;

/** Ready when the store opens and a read transaction can begin: the endpoint can answer queries. */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {
    private final ParleyStore store;

    public StoreReadiness(ParleyStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            store.read(DatasetGraph::isEmpty);
            return HealthCheckResponse.up("store");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("store").down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
