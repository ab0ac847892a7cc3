package org.parley.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateException;
import org.parley.store.ParleyStore;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs checked SPARQL requests against the store: the only class of the protocol that touches it. Reads run
 * in one read transaction, updates in one write transaction.
 */
@ApplicationScoped
public class SparqlExecutor {
    static final String RESULT_LIMIT_HEADER = "Parley-Result-Limit";

    private final ParleyStore store;
    private final Descriptions descriptions;

    public SparqlExecutor(ParleyStore store, Descriptions descriptions) {
        this.store = store;
        this.descriptions = descriptions;
    }

    Response run(SparqlRequest request) {
        if (request instanceof SparqlRequest.QueryOp q) {
            return query(q);
        }
        if (request instanceof SparqlRequest.UpdateOp u) {
            return update(u);
        }
        SparqlRequest.DescriptionOp d = (SparqlRequest.DescriptionOp) request;
        return graph(descriptions.service(), d.format()).build();
    }

    /**
     * The whole answer is computed inside the transaction and the time limit, then written: a timeout is
     * always a 503, never a 200 cut short, and no transaction outlives the request thread. The result cap
     * bounds what is held.
     */
    private Response query(SparqlRequest.QueryOp q) {
        Answer answer;
        try {
            answer = store.read(dataset -> evaluate(q, dataset));
        } catch (QueryCancelledException e) {
            throw SparqlProblem.timedOut(q.timeoutMillis()).raise();
        } catch (QueryExecException e) {
            throw SparqlProblem.badRequest("query failed: " + e.getMessage()).raise();
        }
        Response.ResponseBuilder response = answer instanceof Triples t
                ? graph(t.graph(), q.format())
                : results(answer, q.format());
        if (q.capped()) {
            response.header(RESULT_LIMIT_HEADER, q.resultLimit());
        }
        return response.build();
    }

    private static Answer evaluate(SparqlRequest.QueryOp q, DatasetGraph store) {
        DatasetGraph dataset = q.hasDataset()
                ? DynamicDatasets.dynamicDataset(q.defaultGraphs(), q.namedGraphs(), store, false)
                : store;
        Query query = q.query();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                .timeout(q.timeoutMillis(), TimeUnit.MILLISECONDS)
                .set(ARQ.httpServiceAllowed, false)
                .build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<Binding> copied = new ArrayList<>();
                // copy resolves each node now, while the transaction is open
                rows.forEachRemaining(row -> copied.add(BindingFactory.copy(row)));
                return new Rows(rows.getResultVars(), copied);
            }
            if (query.isAskType()) {
                return new Bool(exec.ask());
            }
            return new Triples(query.isConstructType() ? exec.construct() : exec.describe());
        }
    }

    private Response update(SparqlRequest.UpdateOp u) {
        DatasetGraph dataset = store.dataset();
        try {
            Txn.executeWrite(dataset, () -> UpdateExec.dataset(dataset).update(u.update())
                    .set(ARQ.httpServiceAllowed, false)
                    .timeout(u.timeoutMillis(), TimeUnit.MILLISECONDS)
                    .execute());
        } catch (QueryCancelledException e) {
            throw SparqlProblem.timedOut(u.timeoutMillis()).raise();
        } catch (QueryExecException | UpdateException e) {
            throw SparqlProblem.badRequest("update failed: " + e.getMessage()).raise();
        }
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder results(Answer answer, ResultFormat format) {
        ResultsWriter writer = ResultsWriter.create().lang(format.lang).build();
        StreamingOutput body = answer instanceof Rows r
                ? out -> writer.write(out, RowSetStream.create(r.vars(), r.rows().iterator()))
                : out -> writer.write(out, ((Bool) answer).value());
        return Response.ok(body, format.mediaType());
    }

    /** A graph in the chosen format; TriG and N-Quads write it as the default graph of a dataset. */
    static Response.ResponseBuilder graph(Graph graph, ResultFormat format) {
        StreamingOutput body = out -> writeGraph(graph, format, out);
        return Response.ok(body, format.mediaType());
    }

    static void writeGraph(Graph graph, ResultFormat format, OutputStream out) {
        if (format.isDataset()) {
            RDFWriter.source(DatasetGraphFactory.wrap(graph)).lang(format.lang).output(out);
        } else {
            RDFWriter.source(graph).lang(format.lang).output(out);
        }
    }

    /** One query's answer, held in memory: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE). */
    private sealed interface Answer permits Rows, Bool, Triples {}

    private record Rows(List<Var> vars, List<Binding> rows) implements Answer {}

    private record Bool(boolean value) implements Answer {}

    private record Triples(Graph graph) implements Answer {}
}
