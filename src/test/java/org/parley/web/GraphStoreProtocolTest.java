package org.parley.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.ParleyStore;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.TestStore.enc;

/**
 * The W3C Graph Store Protocol cases with indirect graph identification (graph-store-protocol/
 * manifest-indirect.ttl) at {@code /data}, written out with this project's own graphs.
 */
@QuarkusTest
class GraphStoreProtocolTest {
    private static final String PERSON = "http://example.org/gsp/person/";
    private static final String FIRST = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix v: <http://www.w3.org/2006/vcard/ns#> .
            <http://example.org/gsp/person/1> a foaf:Person ;
                foaf:businessCard [ a v:VCard ; v:fn "First Version" ] .
            """;
    private static final String SECOND = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix v: <http://www.w3.org/2006/vcard/ns#> .
            <http://example.org/gsp/person/1> a foaf:Person ;
                foaf:businessCard [ a v:VCard ; v:fn "Second Version" ] .
            """;
    private static final String MORE = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            <http://example.org/gsp/person/1> foaf:familyName "Sample" ; foaf:givenName "Test" .
            """;

    @Inject
    ParleyStore store;

    @TestHTTPResource("/data")
    URL data;

    private Http http;

    @BeforeEach
    void emptyStore() {
        TestStore.clear(store);
        http = Http.at(data);
    }

    @Test
    void putOfANewGraphCreatesItAndGetReturnsIt() {
        assertEquals(201, put(PERSON + "1.ttl", FIRST).statusCode());
        var r = get(PERSON + "1.ttl");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", Http.contentType(r).replace(" ", "").toLowerCase());
        assertTrue(turtle(FIRST).isIsomorphicWith(turtle(r.body())), r.body());
    }

    @Test
    void putOfAnExistingGraphReplacesIt() {
        put(PERSON + "1.ttl", FIRST);
        var r = put(PERSON + "1.ttl", SECOND);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        assertTrue(turtle(SECOND).isIsomorphicWith(turtle(get(PERSON + "1.ttl").body())));
    }

    @Test
    void putAndGetOnTheDefaultGraph() {
        var r = http.request("PUT", "/data?default").token().contentType("text/turtle; charset=utf-8").body(FIRST).send();
        assertTrue(r.statusCode() / 100 == 2, "status " + r.statusCode());
        var g = http.request("GET", "/data?default").accept("text/turtle").send();
        assertEquals(200, g.statusCode());
        assertTrue(turtle(FIRST).isIsomorphicWith(turtle(g.body())));
    }

    @Test
    void deleteRemovesTheGraphAndASecondDeleteFindsNothing() {
        put(PERSON + "2.ttl", FIRST);
        var d = http.request("DELETE", "/data?graph=" + enc(PERSON + "2.ttl")).token().send();
        assertTrue(d.statusCode() == 200 || d.statusCode() == 204, "status " + d.statusCode());
        assertEquals(404, get(PERSON + "2.ttl").statusCode());
        assertEquals(404, http.request("DELETE", "/data?graph=" + enc(PERSON + "2.ttl")).token().send().statusCode());
    }

    @Test
    void postMergesIntoAnExistingGraph() {
        put(PERSON + "1.ttl", FIRST);
        var r = http.request("POST", "/data?graph=" + enc(PERSON + "1.ttl")).token()
                .contentType("text/turtle; charset=utf-8").body(MORE).send();
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        Graph expected = turtle(FIRST);
        RDFParser.fromString(MORE, Lang.TURTLE).parse(expected);
        assertTrue(expected.isIsomorphicWith(turtle(get(PERSON + "1.ttl").body())));
    }

    @Test
    void postToANewGraphCreatesIt() {
        var r = http.request("POST", "/data?graph=" + enc(PERSON + "3.ttl")).token()
                .contentType("text/turtle").body(MORE).send();
        assertEquals(201, r.statusCode());
        assertEquals(200, get(PERSON + "3.ttl").statusCode());
    }

    @Test
    void headOnAnExistingGraphGivesItsMediaType() {
        put(PERSON + "1.ttl", FIRST);
        var r = http.request("HEAD", "/data?graph=" + enc(PERSON + "1.ttl")).accept("text/turtle; charset=utf-8").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/turtle"));
        assertEquals("", r.body());
    }

    @Test
    void headOnAnAbsentGraphIsNotFound() {
        assertEquals(404, http.request("HEAD", "/data?graph=" + enc(PERSON + "4.ttl")).send().statusCode());
    }

    @Test
    void getOnAnAbsentGraphIsNotFound() {
        assertEquals(404, get(PERSON + "4.ttl").statusCode());
    }

    @Test
    void graphIriIsPercentDecodedOnceNotTwice() {
        // %31 decodes to "1"; %2531 decodes to "%31", a different IRI
        assertEquals(201, http.request("PUT", "/data?graph=" + PERSON + "%31.ttl").token()
                .contentType("text/turtle").body(FIRST).send().statusCode());
        assertEquals(201, http.request("PUT", "/data?graph=" + PERSON + "%2531.ttl").token()
                .contentType("text/turtle").body(SECOND).send().statusCode());
        assertTrue(turtle(FIRST).isIsomorphicWith(turtle(get(PERSON + "1.ttl").body())));
        var twice = http.request("GET", "/data?graph=" + PERSON + "%2531.ttl").send();
        assertTrue(turtle(SECOND).isIsomorphicWith(turtle(twice.body())));
    }

    @Test
    void getNegotiatesTheRdfFormat() {
        put(PERSON + "1.ttl", FIRST);
        var r = http.request("GET", "/data?graph=" + enc(PERSON + "1.ttl")).accept("application/n-triples").send();
        assertTrue(Http.contentType(r).startsWith("application/n-triples"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertTrue(turtle(FIRST).isIsomorphicWith(g));
    }

    @Test
    void writesWithoutTheTokenAreUnauthorizedAndLeaveNoGraph() {
        var r = http.request("PUT", "/data?graph=" + enc(PERSON + "5.ttl")).contentType("text/turtle").body(FIRST).send();
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, http.request("DELETE", "/data?graph=" + enc(PERSON + "5.ttl")).send().statusCode());
        assertEquals(404, get(PERSON + "5.ttl").statusCode());
    }

    @Test
    void writesWithAWrongTokenAreForbidden() {
        var r = http.request("POST", "/data?graph=" + enc(PERSON + "5.ttl")).header("Authorization", "Bearer guess")
                .contentType("text/turtle").body(FIRST).send();
        assertEquals(403, r.statusCode());
        assertEquals(404, get(PERSON + "5.ttl").statusCode());
    }

    @Test
    void bodyThatIsNotTurtleIsRefused() {
        var r = http.request("PUT", "/data?graph=" + enc(PERSON + "6.ttl")).token().contentType("text/turtle")
                .body("<a> <b> .").send();
        assertEquals(400, r.statusCode());
        assertEquals(404, get(PERSON + "6.ttl").statusCode());
    }

    @Test
    void bodyInAnUnknownMediaTypeIsUnsupported() {
        var r = http.request("PUT", "/data?graph=" + enc(PERSON + "6.ttl")).token().contentType("image/png")
                .body("not a graph").send();
        assertEquals(415, r.statusCode());
    }

    @Test
    void requestNamingNoGraphIsRefused() {
        assertEquals(400, http.request("GET", "/data").send().statusCode());
        assertEquals(400, http.request("GET", "/data?default&graph=" + enc(PERSON + "1.ttl")).send().statusCode());
    }

    private HttpResponse<String> put(String graph, String turtle) {
        return http.request("PUT", "/data?graph=" + enc(graph)).token().contentType("text/turtle; charset=utf-8")
                .body(turtle).send();
    }

    private HttpResponse<String> get(String graph) {
        return http.request("GET", "/data?graph=" + enc(graph)).accept("text/turtle").send();
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
