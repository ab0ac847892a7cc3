package org.parley.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.atlas.web.HttpException;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.ParleyStore;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.TestStore.EX;

/** The endpoint as real SPARQL clients see it: RDF4J's SPARQLRepository and Jena's HTTP query and update. */
@QuarkusTest
class SparqlClientsTest {
    private static final String DOCS = "SELECT ?doc WHERE { ?doc a <http://xmlns.com/foaf/0.1/Document> } ORDER BY ?doc";

    @Inject
    ParleyStore store;

    @TestHTTPResource("/sparql")
    URL sparql;

    @TestHTTPResource("/update")
    URL update;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void load() {
        TestStore.clear(store);
        TestStore.documentGraphs(store, 1, 2);
    }

    @Test
    void rdf4jSelectsAsksAndConstructs() {
        SPARQLRepository repository = new SPARQLRepository(sparql.toString());
        try (RepositoryConnection conn = repository.getConnection()) {
            List<String> docs = new ArrayList<>();
            try (TupleQueryResult result = conn.prepareTupleQuery(QueryLanguage.SPARQL, DOCS).evaluate()) {
                for (BindingSet row : result) {
                    docs.add(row.getValue("doc").stringValue());
                }
            }
            assertEquals(List.of(EX + "doc1", EX + "doc2"), docs);
            assertTrue(conn.prepareBooleanQuery("ASK { <" + EX + "doc1> a ?t }").evaluate());
            List<Statement> triples = conn.prepareGraphQuery("CONSTRUCT WHERE { ?s a ?t }").evaluate().stream().toList();
            assertEquals(2, triples.size());
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void rdf4jUpdatesWithTheToken() {
        SPARQLRepository repository = new SPARQLRepository(sparql.toString(), update.toString());
        repository.setAdditionalHttpHeaders(Map.of("Authorization", "Bearer " + Http.TOKEN));
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.prepareUpdate("INSERT DATA { GRAPH <" + EX + "rdf4j> { <" + EX + "doc9> a <http://xmlns.com/foaf/0.1/Document> } }")
                    .execute();
            assertTrue(conn.prepareBooleanQuery("ASK { GRAPH <" + EX + "rdf4j> { <" + EX + "doc9> a ?t } }").evaluate());
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void rdf4jUpdateWithoutTheTokenFails() {
        SPARQLRepository repository = new SPARQLRepository(sparql.toString(), update.toString());
        try (RepositoryConnection conn = repository.getConnection()) {
            assertThrows(RuntimeException.class, () -> conn.prepareUpdate("CLEAR ALL").execute());
            assertTrue(conn.prepareBooleanQuery("ASK { <" + EX + "doc1> a ?t }").evaluate(), "nothing was cleared");
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void jenaQueryExecHttpSelectsByGetAndPost() {
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparql.toString()).query(DOCS).build()) {
            RowSet rows = exec.select();
            assertEquals(EX + "doc1", rows.next().get("doc").getURI());
            assertEquals(EX + "doc2", rows.next().get("doc").getURI());
            assertFalse(rows.hasNext());
        }
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparql.toString()).query(DOCS).postQuery().build()) {
            assertEquals(2, exec.select().stream().count());
        }
    }

    @Test
    void jenaRdfConnectionQueriesAndReadsGraphs() {
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(root.toString())
                .queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data").build()) {
            List<String> docs = new ArrayList<>();
            conn.querySelect(DOCS, row -> docs.add(row.getResource("doc").getURI()));
            assertEquals(List.of(EX + "doc1", EX + "doc2"), docs);
            try (QueryExecution qe = conn.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")) {
                ResultSet rs = qe.execSelect();
                assertEquals(2, rs.next().getLiteral("n").getInt());
            }
            Model graph = conn.fetch(EX + "g1");
            assertEquals(1, graph.size());
            Model constructed = conn.queryConstruct("CONSTRUCT WHERE { ?s ?p ?o }");
            assertEquals(2, constructed.size());
            HttpException refused = assertThrows(HttpException.class, () -> conn.update("CLEAR ALL"));
            assertEquals(401, refused.getStatusCode());
            HttpException absent = assertThrows(HttpException.class, () -> conn.fetch(EX + "no-such-graph"));
            assertEquals(404, absent.getStatusCode());
        }
    }

    @Test
    void jenaUpdateExecHttpUpdatesWithTheToken() {
        UpdateExecHTTP.service(update.toString())
                .update("INSERT DATA { GRAPH <" + EX + "jena> { <" + EX + "doc8> a <http://xmlns.com/foaf/0.1/Document> } }")
                .httpHeader("Authorization", "Bearer " + Http.TOKEN)
                .execute();
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparql.toString())
                .query("ASK { GRAPH <" + EX + "jena> { <" + EX + "doc8> a ?t } }").build()) {
            assertTrue(exec.ask());
        }
    }

    @Test
    void jenaConstructReturnsTheGraph() {
        try (QueryExecHTTP exec = QueryExecHTTP.service(sparql.toString())
                .query("CONSTRUCT { ?d <" + EX + "seen> true } WHERE { ?d a ?t }").build()) {
            Graph graph = exec.construct();
            assertEquals(2, graph.size());
        }
    }
}
