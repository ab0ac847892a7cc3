package org.parley.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.ParleyStore;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.TestStore.EX;
import static org.parley.web.TestStore.enc;

/**
 * What the public endpoint refuses or bounds: writes without the token, SERVICE and LOAD, slow queries,
 * big answers and big requests; and what it tells about itself: service description, VoID, health, metrics.
 */
@QuarkusTest
class EndpointLimitsTest {
    private static final String BASE = "http://localhost:8080/";

    @Inject
    ParleyStore store;

    @TestHTTPResource("/sparql")
    URL sparql;

    private Http http;

    @BeforeEach
    void load() {
        TestStore.clear(store);
        TestStore.documentGraphs(store, 1, 2);
        http = Http.at(sparql);
    }

    @Test
    void updateWithoutTokenIsUnauthorizedOnBothEndpoints() {
        for (String path : new String[] {"/sparql", "/update"}) {
            var r = http.request("POST", path).contentType("application/sparql-update").body("CLEAR ALL").send();
            assertEquals(401, r.statusCode(), path);
            assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
        }
        var form = http.request("POST", "/sparql").contentType("application/x-www-form-urlencoded").body("update=CLEAR%20ALL").send();
        assertEquals(401, form.statusCode());
        assertTrue(ask("ASK { <" + EX + "doc1> a ?t }"), "nothing was cleared");
    }

    @Test
    void updateWithWrongTokenIsForbidden() {
        var r = http.request("POST", "/update").header("Authorization", "Bearer not-the-token")
                .contentType("application/sparql-update").body("CLEAR ALL").send();
        assertEquals(403, r.statusCode());
        assertTrue(ask("ASK { <" + EX + "doc1> a ?t }"), "nothing was cleared");
    }

    @Test
    void federatedQueryIsRefused() {
        for (String query : new String[] {
                "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } } } }"}) {
            var r = http.request("GET", "/sparql?query=" + enc(query)).send();
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
    }

    @Test
    void fromNamesAGraphOfTheStoreAndIsNeverFetched() {
        var r = http.request("GET", "/sparql?query=" + enc("ASK FROM <http://127.0.0.1:1/remote.ttl> { ?s ?p ?o }")).send();
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("false"), r.body());
    }

    @Test
    void federatedUpdateIsRefused() {
        var r = http.request("POST", "/update").token().contentType("application/sparql-update")
                .body("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }").send();
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"));
    }

    @Test
    void loadIsRefusedEvenWithTheToken() {
        var r = http.request("POST", "/update").token().contentType("application/sparql-update")
                .body("LOAD <http://127.0.0.1:1/data.ttl> INTO GRAPH <" + EX + "loaded>").send();
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("LOAD"), r.body());
    }

    @Test
    void slowQueryIsStoppedByTheRequestedTimeout() {
        TestStore.bulk(store, 300);
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
        long start = System.nanoTime();
        var r = http.request("GET", "/sparql?timeout=0.3&query=" + enc(crossProduct)).send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("time limit"), r.body());
        assertTrue(millis < 3000, "took " + millis + " ms");
    }

    @Test
    void requestedTimeoutCannotRaiseTheServersLimit() {
        TestStore.bulk(store, 300);
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
        long start = System.nanoTime();
        var r = http.request("GET", "/sparql?timeout=600&query=" + enc(crossProduct)).send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("5000 ms"), r.body());
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void bigAnswerIsCappedAndSaysSo() {
        TestStore.bulk(store, 1500);
        var r = http.request("GET", "/sparql?query=" + enc("SELECT ?s { ?s <" + EX + "rank> ?o }")).send();
        assertEquals(200, r.statusCode());
        assertEquals("1000", r.headers().firstValue(SparqlExecutor.RESULT_LIMIT_HEADER).orElse(""));
        RowSet rows = ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readRowSet(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1000, rows.stream().count());
    }

    @Test
    void answerWithinItsOwnLimitIsNotMarkedCapped() {
        TestStore.bulk(store, 1500);
        var r = http.request("GET", "/sparql?query=" + enc("SELECT ?s { ?s <" + EX + "rank> ?o } LIMIT 10")).send();
        assertEquals(200, r.statusCode());
        assertFalse(r.headers().firstValue(SparqlExecutor.RESULT_LIMIT_HEADER).isPresent());
    }

    @Test
    void overlongQueryIsTooLarge() {
        String query = "ASK {}" + " ".repeat(20_001);
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").body(query).send();
        assertEquals(413, r.statusCode());
    }

    @Test
    void bodyOverTheHttpLimitIsTooLarge() {
        String body = "ASK {}" + " ".repeat(3 * 1024 * 1024);
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").expectContinue().body(body).send();
        assertEquals(413, r.statusCode());
    }

    @Test
    void bareGetDescribesTheService() {
        var r = http.request("GET", "/sparql").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/turtle"));
        Graph sd = turtle(r.body());
        Node service = NodeFactory.createURI(BASE + "sparql");
        assertTrue(sd.contains(service, RDF.Nodes.type, SD.Service));
        assertTrue(sd.contains(service, SD.endpoint, service));
        assertTrue(sd.contains(service, SD.supportedLanguage, SD.SPARQL11Query));
        assertTrue(sd.contains(service, SD.feature, SD.UnionDefaultGraph));
        assertTrue(sd.contains(service, SD.resultFormat, NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        var html = http.request("GET", "/sparql").accept("text/html,application/xhtml+xml,*/*;q=0.8").send();
        assertTrue(Http.contentType(html).startsWith("text/turtle"));
    }

    @Test
    void voidDescribesTheDatasetAndCountsItsTriples() {
        var r = http.request("GET", "/.well-known/void").send();
        assertEquals(200, r.statusCode());
        Graph v = turtle(r.body());
        Node dataset = v.find(null, RDF.Nodes.type, VOID.Dataset.asNode()).next().getSubject();
        assertTrue(v.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(BASE + "sparql")));
        assertEquals("2", v.find(dataset, VOID.triples.asNode(), null).next().getObject().getLiteralLexicalForm());
        var nt = http.request("GET", "/.well-known/void").accept("application/n-triples").send();
        assertTrue(Http.contentType(nt).startsWith("application/n-triples"));
    }

    @Test
    void otherMethodsAreNotAllowedAndTheAllowedOnesListed() {
        var put = http.request("PUT", "/sparql").contentType("application/sparql-query").body("ASK {}").send();
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, OPTIONS, POST", put.headers().firstValue("Allow").orElse(""));
        assertEquals(405, http.request("PATCH", "/sparql").send().statusCode());
        var get = http.request("GET", "/update").send();
        assertEquals(405, get.statusCode());
        assertEquals("OPTIONS, POST", get.headers().firstValue("Allow").orElse(""));
        var patch = http.request("PATCH", "/data?default").send();
        assertEquals("DELETE, GET, HEAD, OPTIONS, POST, PUT", patch.headers().firstValue("Allow").orElse(""));
        assertEquals(404, http.request("GET", "/no-such-page").send().statusCode());
    }

    @Test
    void corsPreflightAllowsReadsFromAnyOrigin() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/sparql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://elsewhere.example")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://elsewhere.example").queryParam("query", "ASK {}")
                .when().get("/sparql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://elsewhere.example");
    }

    @Test
    void readinessReportsTheStoreUp() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'store' }.status", equalTo("UP"));
    }

    @Test
    void metricsCountQueriesByOutcome() {
        http.request("GET", "/sparql?query=" + enc("ASK {}")).send();
        http.request("GET", "/sparql?query=" + enc("ASK {")).send();
        http.request("POST", "/update").contentType("application/sparql-update").body("CLEAR ALL").send();
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*parley_sparql_requests_total\\{[^}]*operation=\"query\",outcome=\"ok\"[^}]*} [1-9].*"), metrics);
        assertTrue(metrics.matches("(?s).*parley_sparql_requests_total\\{[^}]*operation=\"query\",outcome=\"bad_request\"[^}]*} [1-9].*"));
        assertTrue(metrics.matches("(?s).*parley_sparql_requests_total\\{[^}]*operation=\"update\",outcome=\"unauthorized\"[^}]*} [1-9].*"));
    }

    private boolean ask(String query) {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").body(query).send();
        assertEquals(200, r.statusCode(), r.body());
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build()
                .readAny(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).getBooleanResult();
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
