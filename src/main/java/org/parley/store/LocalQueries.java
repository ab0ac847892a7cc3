package org.parley.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.parley.config.ParleyConfig;

import java.util.concurrent.TimeUnit;

/**
 * Runs a query on the embedded store for the command line: the union of all graphs as default graph,
 * federated {@code SERVICE} off, and the configured timeout.
 */
@ApplicationScoped
public class LocalQueries {
    private final ParleyStore store;
    private final ParleyConfig config;

    public LocalQueries(ParleyStore store, ParleyConfig config) {
        this.store = store;
        this.config = config;
    }

    public QueryAnswer run(Query query) {
        return store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query)
                    .set(ARQ.httpServiceAllowed, false)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(config.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .build()) {
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    return new QueryAnswer.Rows(ResultSetFactory.makeRewindable(rows));
                }
                if (query.isAskType()) {
                    return new QueryAnswer.Bool(exec.ask());
                }
                if (query.isConstructType()) {
                    return new QueryAnswer.Triples(exec.construct());
                }
                if (query.isDescribeType()) {
                    return new QueryAnswer.Triples(exec.describe());
                }
                throw new IllegalArgumentException("not a query: " + query.queryType());
            }
        });
    }
}
