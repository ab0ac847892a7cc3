package org.parley.store.remote;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.parley.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Article graphs in a remote SPARQL 1.1 store (Parley, Fuseki, GraphDB, RDF4J Server…) through RDF4J's
 * {@link SPARQLRepository}. The client buffers a transaction into one update request sent at commit, so
 * an article's graph is cleared and written in one request: all or nothing.
 */
public final class RemoteArticleStore implements ArticleStore, AutoCloseable {
    private static final String SOURCE_OF_CONTENT = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            SELECT ?source WHERE { GRAPH ?g { ?article parley:contentHash ?hash ; parley:sourceLocation ?source } } LIMIT 1""";
    private static final String HASH_OF_ARTICLE = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            SELECT ?hash WHERE { GRAPH ?g { ?article parley:contentHash ?hash } } LIMIT 1""";

    private final SPARQLRepository repository;
    private final String endpoint;

    /**
     * @param queryEndpoint  the SPARQL query endpoint
     * @param updateEndpoint the SPARQL update endpoint (often the same URL)
     * @param bearerToken    sent as {@code Authorization: Bearer …} when present
     */
    public RemoteArticleStore(String queryEndpoint, String updateEndpoint, Optional<String> bearerToken) {
        this.endpoint = queryEndpoint;
        this.repository = new SPARQLRepository(queryEndpoint, updateEndpoint);
        bearerToken.ifPresent(t -> repository.setAdditionalHttpHeaders(Map.of("Authorization", "Bearer " + t)));
    }

    @Override
    public void replace(Node name, Graph content) {
        IRI graph = Values.iri(name.getURI());
        List<Statement> statements = new ArrayList<>();
        content.find().forEachRemaining(t -> statements.add(Values.getValueFactory().createStatement(
                (Resource) Rdf4jTerms.toRdf4j(t.getSubject()),
                (IRI) Rdf4jTerms.toRdf4j(t.getPredicate()), Rdf4jTerms.toRdf4j(t.getObject()))));
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                conn.clear(graph);
                conn.add(statements, graph);
                conn.commit();
            } catch (RuntimeException e) {
                conn.rollback();
                throw e;
            }
        } catch (RepositoryException e) {
            throw new RemoteStoreException("writing " + name.getURI() + " to " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> sourceOfContent(String contentHash) {
        return select(SOURCE_OF_CONTENT, "hash", Values.literal(contentHash), "source");
    }

    @Override
    public Optional<String> contentHashOf(Node article) {
        return select(HASH_OF_ARTICLE, "article", Values.iri(article.getURI()), "hash");
    }

    private Optional<String> select(String text, String name, Value value, String column) {
        try (RepositoryConnection conn = repository.getConnection()) {
            TupleQuery query = conn.prepareTupleQuery(QueryLanguage.SPARQL, text);
            query.setBinding(name, value);
            try (TupleQueryResult result = query.evaluate()) {
                if (!result.hasNext()) {
                    return Optional.empty();
                }
                BindingSet row = result.next();
                return Optional.ofNullable(row.getValue(column)).map(Value::stringValue);
            }
        } catch (RepositoryException | QueryEvaluationException e) {
            throw new RemoteStoreException("query at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        repository.shutDown();
    }
}
