package org.parley.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.parley.config.ParleyConfig;
import org.parley.store.ParleyStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The SPARQL behind the pages and the linked-data descriptions: the files under {@code web/queries/}, parsed
 * once, run over the union of the store's graphs inside a read transaction, with values bound by substitution.
 */
@ApplicationScoped
public class WebQueries {
    static final List<String> NAMES = List.of("exists", "describe", "graph", "outgoing", "incoming", "events-of",
            "disputes-of", "evidence-of", "delegations", "article-facts", "article-entities", "article-spans",
            "event-places", "counts", "latest-articles", "top-actors", "search", "network", "places", "timeline",
            "entity-point", "canonical-of", "status-history", "control-history", "territory-control");

    private final ParleyStore store;
    private final long timeoutMillis;
    private final Map<String, Query> queries = new TreeMap<>();

    public WebQueries(ParleyStore store, ParleyConfig config) {
        this.store = store;
        this.timeoutMillis = config.queryTimeout().toMillis();
        for (String name : NAMES) {
            queries.put(name, QueryFactory.create(read("/web/queries/" + name + ".rq")));
        }
    }

    /** Rows of a SELECT query, read to the end inside the transaction. */
    public List<Binding> select(String name, Map<String, Node> values) {
        return store.read(dsg -> {
            try (QueryExec exec = exec(name, values, dsg)) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    public boolean ask(String name, Map<String, Node> values) {
        return store.read(dsg -> {
            try (QueryExec exec = exec(name, values, dsg)) {
                return exec.ask();
            }
        });
    }

    /** The graph a CONSTRUCT query builds, copied out of the transaction. */
    public Graph construct(String name, Map<String, Node> values) {
        return store.read(dsg -> {
            try (QueryExec exec = exec(name, values, dsg)) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.construct().find().forEachRemaining(g::add);
                return g;
            }
        });
    }

    private QueryExec exec(String name, Map<String, Node> values, DatasetGraph dsg) {
        Query query = queries.get(name);
        if (query == null) {
            throw new IllegalArgumentException("no web query " + name);
        }
        QueryExecBuilder builder = QueryExec.dataset(dsg).query(query)
                .set(ARQ.httpServiceAllowed, false)
                .set(TDB2.symUnionDefaultGraph, true)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        values.forEach((var, node) -> builder.substitution(Var.alloc(var), node));
        return builder.build();
    }

    private static String read(String resource) {
        try (InputStream in = WebQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
