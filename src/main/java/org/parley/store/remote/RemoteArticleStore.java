package org.parley.store.remote;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.common.exception.RDF4JException;
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
import org.eclipse.rdf4j.query.Update;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.jboss.logging.Logger;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;
import org.parley.store.ArticleStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Article graphs in a remote store through the RDF4J client: any SPARQL 1.1 store (Parley, Fuseki,
 * Neptune, Stardog…) through {@link SPARQLRepository}, or an RDF4J Server or GraphDB repository through
 * {@link HTTPRepository}. With SPARQL the client buffers a transaction into one update request sent at
 * commit; with the RDF4J protocol the server holds the transaction. Either way an article's graph is cleared
 * and written as one unit: all or nothing. A write that fails is tried again after a pause that doubles.
 * The first write of a process also puts the ontology into its graph, as the embedded store does, since the
 * example queries read status codes and labels from it.
 */
public final class RemoteArticleStore implements ArticleStore, AutoCloseable {
    /** How often a write is tried and the pause before the second try (it doubles after that). */
    public record Retries(int attempts, Duration backoff) {
        public static final Retries DEFAULT = new Retries(3, Duration.ofSeconds(1));
    }

    /** An RDF4J Server or GraphDB repository address: {@code …/repositories/<id>}. */
    private static final Pattern RDF4J_REPOSITORY = Pattern.compile("https?://.+/repositories/[^/?#]+/?");

    private static final Logger LOG = Logger.getLogger(RemoteArticleStore.class);
    private static final String SOURCE_OF_CONTENT = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            SELECT ?source WHERE { GRAPH ?g { ?article parley:contentHash ?hash ; parley:sourceLocation ?source } } LIMIT 1""";
    private static final String DROP_GRAPH = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String HASH_OF_ARTICLE = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            SELECT ?hash WHERE { GRAPH ?g { ?article parley:contentHash ?hash } } LIMIT 1""";

    private final Repository repository;
    private final String endpoint;
    private final Retries retries;
    private volatile boolean ontologyWritten;

    /**
     * @param queryEndpoint  the SPARQL query endpoint, or an RDF4J Server / GraphDB repository ({@code …/repositories/<id>})
     * @param updateEndpoint the SPARQL update endpoint (often the same URL); unused for a repository
     * @param bearerToken    sent as {@code Authorization: Bearer …} when present
     */
    public RemoteArticleStore(String queryEndpoint, String updateEndpoint, Optional<String> bearerToken, Retries retries) {
        this.endpoint = queryEndpoint;
        this.retries = retries;
        Map<String, String> headers = bearerToken.map(t -> Map.of("Authorization", "Bearer " + t)).orElse(Map.of());
        if (RDF4J_REPOSITORY.matcher(queryEndpoint).matches()) {
            HTTPRepository http = new HTTPRepository(queryEndpoint.replaceAll("/$", ""));
            http.setAdditionalHttpHeaders(headers);
            this.repository = http;
        } else {
            SPARQLRepository sparql = new SPARQLRepository(queryEndpoint, updateEndpoint);
            sparql.setAdditionalHttpHeaders(headers);
            this.repository = sparql;
        }
    }

    @Override
    public void replace(Node name, Graph content) {
        for (int attempt = 1; ; attempt++) {
            try {
                replaceOnce(name, content);
                return;
            } catch (RemoteStoreException e) {
                if (attempt >= Math.max(1, retries.attempts())) {
                    throw attempt == 1 ? e : new RemoteStoreException(e.getMessage() + " (tried " + attempt + " times)", e.getCause());
                }
                LOG.warnf("%s (try %d of %d; trying again)", e.getMessage(), attempt, retries.attempts());
                try {
                    Thread.sleep(retries.backoff().multipliedBy(1L << Math.min(attempt - 1, 16)).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void replaceOnce(Node name, Graph content) {
        boolean withOntology = !ontologyWritten;
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                if (withOntology) {
                    replaceGraph(conn, PARLEY.ONTOLOGY, ShaclCheck.get().ontology());
                }
                replaceGraph(conn, name, content);
                conn.commit();
            } catch (RuntimeException e) {
                rollBack(conn, e);
                throw e;
            }
        } catch (RDF4JException e) {
            // a failed commit surfaces as an update or repository exception, depending on the client
            throw new RemoteStoreException("writing " + name.getURI() + " to " + endpoint + " failed: " + e.getMessage(), e);
        }
        ontologyWritten = true;
    }

    /** Adds to the connection's transaction: drop graph {@code name}, then add {@code content} to it. */
    private static void replaceGraph(RepositoryConnection conn, Node name, Graph content) {
        IRI graph = Values.iri(name.getURI());
        List<Statement> statements = new ArrayList<>();
        content.find().forEachRemaining(t -> statements.add(Values.getValueFactory().createStatement(
                (Resource) Rdf4jTerms.toRdf4j(t.getSubject()),
                (IRI) Rdf4jTerms.toRdf4j(t.getPredicate()), Rdf4jTerms.toRdf4j(t.getObject()))));
        // CLEAR GRAPH, which conn.clear sends, fails on stores that report a missing graph (Fuseki);
        // a DELETE WHERE on the graph is a no-op there
        Update drop = conn.prepareUpdate(QueryLanguage.SPARQL, DROP_GRAPH);
        drop.setBinding("g", graph);
        drop.execute();
        conn.add(statements, graph);
    }

    /** Rolls back what the client still holds; when the server is gone that fails too, and the first failure is the one to report. */
    private static void rollBack(RepositoryConnection conn, RuntimeException cause) {
        try {
            conn.rollback();
        } catch (RDF4JException e) {
            cause.addSuppressed(e);
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
