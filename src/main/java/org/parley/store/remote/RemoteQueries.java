package org.parley.store.remote;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.parley.store.QueryAnswer;

import java.util.ArrayList;
import java.util.List;

/** Runs a query on a remote SPARQL 1.1 endpoint through RDF4J's {@link SPARQLRepository}. */
public final class RemoteQueries {
    private final String endpoint;

    public RemoteQueries(String endpoint) {
        this.endpoint = endpoint;
    }

    public QueryAnswer run(Query query) {
        SPARQLRepository repository = new SPARQLRepository(endpoint);
        try (RepositoryConnection conn = repository.getConnection()) {
            String text = query.serialize();
            if (query.isSelectType()) {
                try (TupleQueryResult result = conn.prepareTupleQuery(QueryLanguage.SPARQL, text).evaluate()) {
                    List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
                    List<Binding> rows = new ArrayList<>();
                    for (BindingSet set : result) {
                        BindingBuilder b = BindingBuilder.create();
                        set.forEach(v -> b.add(Var.alloc(v.getName()), Rdf4jTerms.toJena(v.getValue())));
                        rows.add(b.build());
                    }
                    return new QueryAnswer.Rows(ResultSetFactory.makeRewindable(RowSetStream.create(vars, rows.iterator())));
                }
            }
            if (query.isAskType()) {
                return new QueryAnswer.Bool(conn.prepareBooleanQuery(QueryLanguage.SPARQL, text).evaluate());
            }
            try (GraphQueryResult result = conn.prepareGraphQuery(QueryLanguage.SPARQL, text).evaluate()) {
                Graph graph = GraphFactory.createDefaultGraph();
                result.forEach(st -> graph.add(Rdf4jTerms.toJena(st.getSubject()), Rdf4jTerms.toJena(st.getPredicate()),
                        Rdf4jTerms.toJena(st.getObject())));
                return new QueryAnswer.Triples(graph);
            }
        } catch (RepositoryException | QueryEvaluationException e) {
            throw new RemoteStoreException("query at " + endpoint + " failed: " + e.getMessage(), e);
        } finally {
            repository.shutDown();
        }
    }
}
