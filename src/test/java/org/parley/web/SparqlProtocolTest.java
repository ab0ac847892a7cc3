package org.parley.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.store.ParleyStore;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.TestStore.EX;
import static org.parley.web.TestStore.enc;

/**
 * The W3C SPARQL 1.1 Protocol test cases (sparql11/protocol/manifest.ttl), written out as Java against the
 * running endpoint, with this project's own data: graphs g1..g3 each hold one foaf:Document.
 */
@QuarkusTest
class SparqlProtocolTest {
    /** parley.base-iri's default; the test server listens on another port, so the request URL differs. */
    private static final String BASE = "http://localhost:8080/";
    private static final String D1 = "<" + EX + "doc1>";
    private static final String D2 = "<" + EX + "doc2>";
    private static final String D3 = "<" + EX + "doc3>";
    private static final String G0 = EX + "g0";
    private static final String G1 = EX + "g1";
    private static final String G2 = EX + "g2";
    private static final String G3 = EX + "g3";

    @Inject
    ParleyStore store;

    @TestHTTPResource("/sparql")
    URL sparql;

    private Http http;

    @BeforeEach
    void load() {
        TestStore.clear(store);
        TestStore.documentGraphs(store, 1, 2, 3);
        http = Http.at(sparql);
    }

    // --- queries -------------------------------------------------------------------------------------

    @Test
    void queryViaUrlEncodedPost() {
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G0))
                .contentType("application/x-www-form-urlencoded").body("query=ASK%20%7B%7D").send();
        assertTrue(askResult(r));
    }

    @Test
    void queryViaGet() {
        var r = http.request("GET", "/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + enc(G0)).send();
        assertTrue(askResult(r));
    }

    @Test
    void queryViaDirectPost() {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").body("ASK {}").send();
        assertTrue(askResult(r));
    }

    @Test
    void protocolDefaultGraphsByGetMakeTheDefaultGraph() {
        String ask = "ASK { " + D1 + " a ?type . " + D2 + " a ?type . }";
        var both = http.request("GET", "/sparql?query=" + enc(ask) + "&default-graph-uri=" + enc(G1)
                + "&default-graph-uri=" + enc(G2)).send();
        assertTrue(askResult(both));
        var one = http.request("GET", "/sparql?query=" + enc(ask) + "&default-graph-uri=" + enc(G1)).send();
        assertFalse(askResult(one), "with only g1 as the default graph, doc2 is not in it");
    }

    @Test
    void protocolDefaultGraphsByPostMakeTheDefaultGraph() {
        String ask = "ASK { " + D1 + " a ?type . " + D2 + " a ?type . }";
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G1) + "&default-graph-uri=" + enc(G2))
                .contentType("application/sparql-query").body(ask).send();
        assertTrue(askResult(r));
    }

    @Test
    void protocolNamedGraphsByPostAreTheNamedGraphs() {
        String ask = "ASK { GRAPH ?g1 { " + D1 + " a ?type } GRAPH ?g2 { " + D2 + " a ?type } }";
        var r = http.request("POST", "/sparql?named-graph-uri=" + enc(G1) + "&named-graph-uri=" + enc(G2))
                .contentType("application/sparql-query").body(ask).send();
        assertTrue(askResult(r));
        var without = http.request("POST", "/sparql?named-graph-uri=" + enc(G1))
                .contentType("application/sparql-query").body(ask).send();
        assertFalse(askResult(without), "g2 is not among the named graphs");
    }

    @Test
    void protocolNamedGraphsByGetAreTheNamedGraphs() {
        String ask = "ASK { GRAPH ?g1 { " + D1 + " a ?type } GRAPH ?g2 { " + D2 + " a ?type } }";
        var r = http.request("GET", "/sparql?query=" + enc(ask) + "&named-graph-uri=" + enc(G1)
                + "&named-graph-uri=" + enc(G2)).send();
        assertTrue(askResult(r));
    }

    @Test
    void protocolDatasetWithDefaultAndNamedGraphs() {
        String ask = "ASK {\n  " + D3 + " a ?type\n  GRAPH ?g1 { " + D1 + " a ?type }\n  GRAPH ?g2 { " + D2 + " a ?type }\n}";
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G3) + "&named-graph-uri=" + enc(G1)
                + "&named-graph-uri=" + enc(G2)).contentType("application/sparql-query").body(ask).send();
        assertTrue(askResult(r));
        String notInDefault = "ASK { " + D1 + " a ?type }";
        var r2 = http.request("POST", "/sparql?default-graph-uri=" + enc(G3) + "&named-graph-uri=" + enc(G1))
                .contentType("application/sparql-query").body(notInDefault).send();
        assertFalse(askResult(r2), "the default graph is g3 only, not the union");
    }

    @Test
    void protocolDatasetWinsOverFromInTheQuery() {
        String ask = "ASK FROM <" + G3 + "> { GRAPH ?g1 { " + D1 + " a ?type } GRAPH ?g2 { " + D2 + " a ?type } }";
        var r = http.request("POST", "/sparql?named-graph-uri=" + enc(G1) + "&named-graph-uri=" + enc(G2))
                .contentType("application/sparql-query").body(ask).send();
        assertTrue(askResult(r));
    }

    @Test
    void fromInTheQueryChoosesTheDefaultGraphWhenTheProtocolNamesNone() {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query")
                .body("ASK FROM <" + G3 + "> { " + D1 + " a ?type }").send();
        assertFalse(askResult(r));
        var r3 = http.request("POST", "/sparql").contentType("application/sparql-query")
                .body("ASK FROM <" + G3 + "> { " + D3 + " a ?type }").send();
        assertTrue(askResult(r3));
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        String ask = "ASK { " + D1 + " a ?t . " + D2 + " a ?t . " + D3 + " a ?t }";
        assertTrue(askResult(http.request("GET", "/sparql?query=" + enc(ask)).send()));
    }

    // --- content types ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values",
            "*/*, application/sparql-results+json"})
    void selectAnswersInTheAcceptedResultsFormat(String accept, String expected) {
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G0))
                .contentType("application/sparql-query").accept(accept).body("SELECT (1 AS ?value) {}").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith(expected), Http.contentType(r));
        RowSet rows = ResultsReader.create().lang(resultsLang(expected)).build().readRowSet(stream(r));
        assertEquals("1", rows.next().get("value").getLiteralLexicalForm());
    }

    @ParameterizedTest
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml",
            "csv, text/csv", "tsv, text/tab-separated-values"})
    void selectAnswersInTheFormatParameterOverAccept(String format, String expected) {
        var r = http.request("GET", "/sparql?format=" + format + "&query=" + enc("SELECT (1 AS ?value) {}"))
                .accept("application/sparql-results+xml;q=0.5").send();
        assertTrue(Http.contentType(r).startsWith(expected), Http.contentType(r));
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json", "application/sparql-results+xml"})
    void askAnswersInTheAcceptedBooleanFormat(String accept) {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").accept(accept).body("ASK {}").send();
        assertTrue(Http.contentType(r).startsWith(accept));
        SPARQLResult result = ResultsReader.create().lang(resultsLang(accept)).build().readAny(stream(r));
        assertTrue(result.getBooleanResult());
    }

    @ParameterizedTest
    @CsvSource({"text/csv", "text/tab-separated-values"})
    void askAnswersInTabularFormatsToo(String accept) {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").accept(accept).body("ASK {}").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith(accept));
        assertTrue(r.body().contains("true"), r.body());
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            "application/trig", "application/n-quads"})
    void constructAnswersInTheAcceptedRdfFormat(String accept) {
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G0)).contentType("application/sparql-query")
                .accept(accept).body("CONSTRUCT { <s> <p> 1 } WHERE {}").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith(accept), Http.contentType(r));
        Graph graph = parse(r, accept);
        assertEquals(1, graph.size());
        assertEquals(BASE + "s", graph.find().next().getSubject().getURI(),
                "relative IRIs resolve against the configured base, not the request URL");
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "turtle, text/turtle", "nt, application/n-triples", "jsonld, application/ld+json",
            "rdfxml, application/rdf+xml", "trig, application/trig", "nq, application/n-quads"})
    void describeAnswersInTheFormatParameter(String format, String expected) {
        var r = http.request("GET", "/sparql?format=" + format + "&query=" + enc("DESCRIBE " + D1)).send();
        assertTrue(Http.contentType(r).startsWith(expected), Http.contentType(r));
        Graph graph = parse(r, expected);
        assertEquals(1, graph.size(), "DESCRIBE of doc1 gives its one triple");
    }

    @Test
    void describeOfAnUnknownResourceIsAnEmptyGraph() {
        var r = http.request("POST", "/sparql?default-graph-uri=" + enc(G0)).contentType("application/sparql-query")
                .body("DESCRIBE <http://example.org/>").send();
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/turtle"));
    }

    @Test
    void formatThatDoesNotFitTheQueryFormIsRefused() {
        var r = http.request("GET", "/sparql?format=ttl&query=" + enc("SELECT * {}")).send();
        assertEquals(400, r.statusCode());
    }

    // --- updates ---------------------------------------------------------------------------------------

    @Test
    void updateWithProtocolDefaultGraph() {
        String update = """
                PREFIX dc: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                CLEAR ALL ;
                INSERT DATA { GRAPH <%1$s> { %2$s a foaf:Document } } ;
                INSERT { GRAPH <%3$s> { ?s a dc:BibliographicResource } } WHERE { ?s a foaf:Document }
                """.formatted(G1, D1, EX + "update-default");
        var r = http.request("POST", "/sparql?using-graph-uri=" + enc(G1)).token()
                .contentType("application/sparql-update").body(update).send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(ask("ASK { GRAPH <" + EX + "update-default> { " + D1 + " a <http://purl.org/dc/terms/BibliographicResource> } }"));
    }

    @Test
    void updateWithProtocolDefaultGraphs() {
        var r = http.request("POST", "/sparql?using-graph-uri=" + enc(G1) + "&using-graph-uri=" + enc(G2)).token()
                .contentType("application/sparql-update").body(copyDocuments(EX + "update-graphs", "?s a foaf:Document")).send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(ask("ASK { GRAPH <" + EX + "update-graphs> { " + D1 + " a ?t . " + D2 + " a ?t } "
                + "FILTER NOT EXISTS { GRAPH <" + EX + "update-graphs> { " + D3 + " a ?t } } }"));
    }

    @Test
    void updateWithProtocolNamedGraphs() {
        var r = http.request("POST", "/sparql?using-named-graph-uri=" + enc(G1) + "&using-named-graph-uri=" + enc(G2)).token()
                .contentType("application/sparql-update")
                .body(copyDocuments(EX + "update-named", "GRAPH ?g { ?s a foaf:Document }")).send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(ask("ASK { GRAPH <" + EX + "update-named> { " + D1 + " a ?t . " + D2 + " a ?t } "
                + "FILTER NOT EXISTS { GRAPH <" + EX + "update-named> { " + D3 + " a ?t } } }"));
    }

    @Test
    void updateWithProtocolDefaultAndNamedGraphs() {
        String update = """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                DROP ALL ;
                INSERT DATA { GRAPH <%1$s> { %4$s a foaf:Document } GRAPH <%2$s> { %5$s a foaf:Document } GRAPH <%3$s> { %6$s a foaf:Document } } ;
                INSERT { GRAPH <%7$s> { ?s <http://example.org/in> ?in } }
                WHERE { { GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) } UNION { ?s a foaf:Document . BIND("default" AS ?in) } }
                """.formatted(G1, G2, G3, D1, D2, D3, EX + "update-full");
        var r = http.request("POST", "/sparql?using-graph-uri=" + enc(G1) + "&using-named-graph-uri=" + enc(G2)).token()
                .contentType("application/sparql-update").body(update).send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(ask("ASK { GRAPH <" + EX + "update-full> { " + D1 + " <http://example.org/in> \"default\" . "
                + D2 + " <http://example.org/in> <" + G2 + "> } "
                + "FILTER NOT EXISTS { GRAPH <" + EX + "update-full> { " + D3 + " ?p ?o } } }"));
    }

    @Test
    void updateViaUrlEncodedPost() {
        var r = http.request("POST", "/sparql").token().contentType("application/x-www-form-urlencoded")
                .body("update=CLEAR+ALL").send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void updateViaDirectPost() {
        var r = http.request("POST", "/sparql").token().contentType("application/sparql-update").body("CLEAR ALL").send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertFalse(ask("ASK { GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void updateOnTheUpdateEndpoint() {
        var r = http.request("POST", "/update").token().contentType("application/sparql-update")
                .body("DROP GRAPH <" + G1 + ">").send();
        assertEquals(204, r.statusCode(), r.body());
        assertFalse(ask("ASK { GRAPH <" + G1 + "> { ?s ?p ?o } }"));
    }

    @Test
    void updateResolvesRelativeIrisAgainstTheServiceBase() {
        String update = "CLEAR SILENT GRAPH <" + EX + "base-test> ;\n"
                + "INSERT DATA { GRAPH <" + EX + "base-test> { <http://example.org/s> <http://example.org/p> <test> } }";
        var r = http.request("POST", "/sparql").token().contentType("application/sparql-update").body(update).send();
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(ask("ASK { GRAPH <" + EX + "base-test> { <http://example.org/s> <http://example.org/p> ?o "
                + "FILTER (isIRI(?o) && STR(?o) != \"test\") } }"));
        assertTrue(ask("ASK { GRAPH <" + EX + "base-test> { <http://example.org/s> <http://example.org/p> <" + BASE + "test> } }"));
    }

    // --- bad requests ----------------------------------------------------------------------------------

    @Test
    void queryByPutIsMethodNotAllowed() {
        var r = http.request("PUT", "/sparql?query=" + enc("ASK {}") + "&default-graph-uri=" + enc(G0))
                .contentType("application/x-www-form-urlencoded").send();
        assertEquals(405, r.statusCode());
        assertEquals(405, http.request("DELETE", "/sparql?query=" + enc("ASK {}")).send().statusCode());
    }

    @Test
    void twoQueryParametersAreRefused() {
        var r = http.request("GET", "/sparql?query=" + enc("ASK {}") + "&query=" + enc("SELECT * {}")).send();
        assertBadRequest(r, "more than one");
    }

    @Test
    void queryWithAWrongMediaTypeIsRefused() {
        var r = http.request("POST", "/sparql").contentType("text/plain").body("ASK {}").send();
        assertBadRequest(r, "text/plain");
    }

    @Test
    void formBodyWithoutItsMediaTypeIsRefused() {
        var r = http.request("POST", "/sparql").body("query=ASK%20%7B%7D").send();
        assertBadRequest(r, "Content-Type");
    }

    @Test
    void queryBodyWithoutItsMediaTypeIsRefused() {
        var r = http.request("POST", "/sparql").body("ASK {}").send();
        assertBadRequest(r, "Content-Type");
    }

    @Test
    void queryInUtf16IsRefused() {
        var r = http.request("POST", "/sparql").contentType("application/sparql-query; charset=UTF-16")
                .body("ASK {}", StandardCharsets.UTF_16).send();
        assertBadRequest(r, "UTF-16");
    }

    @Test
    void queryWithBadSyntaxIsRefusedWithTheParsersMessage() {
        var r = http.request("GET", "/sparql?query=" + enc("ASK {")).send();
        assertBadRequest(r, "line 1");
    }

    @Test
    void missingQueryIsRefused() {
        var r = http.request("GET", "/sparql?default-graph-uri=" + enc(G1)).send();
        assertBadRequest(r, "no query");
    }

    @Test
    void queryAndUpdateTogetherAreRefused() {
        var r = http.request("POST", "/sparql").token().contentType("application/x-www-form-urlencoded")
                .body("query=ASK%20%7B%7D&update=CLEAR%20ALL").send();
        assertBadRequest(r, "not both");
    }

    @Test
    void updateByGetIsRefused() {
        var r = http.request("GET", "/sparql?update=" + enc("CLEAR ALL")).token().send();
        assertBadRequest(r, "POST");
        assertTrue(ask("ASK { GRAPH ?g { ?s ?p ?o } }"), "nothing was cleared");
    }

    @Test
    void twoUpdateParametersAreRefused() {
        var r = http.request("POST", "/sparql").token().contentType("application/x-www-form-urlencoded")
                .body("update=CLEAR%20NAMED&update=CLEAR%20DEFAULT").send();
        assertBadRequest(r, "more than one");
        assertTrue(ask("ASK { GRAPH ?g { ?s ?p ?o } }"), "nothing was cleared");
    }

    @Test
    void updateWithAWrongMediaTypeIsRefused() {
        var r = http.request("POST", "/sparql").token().contentType("text/plain").body("CLEAR NAMED").send();
        assertBadRequest(r, "text/plain");
    }

    @Test
    void updateFormWithoutItsMediaTypeIsRefused() {
        var r = http.request("POST", "/sparql").token().body("update=CLEAR%20NAMED").send();
        assertBadRequest(r, "Content-Type");
        assertTrue(ask("ASK { GRAPH ?g { ?s ?p ?o } }"), "nothing was cleared");
    }

    @Test
    void updateInUtf16IsRefused() {
        var r = http.request("POST", "/sparql").token().contentType("application/sparql-update; charset=UTF-16")
                .body("CLEAR NAMED", StandardCharsets.UTF_16).send();
        assertBadRequest(r, "UTF-16");
    }

    @Test
    void updateWithBadSyntaxIsRefusedWithTheParsersMessage() {
        var r = http.request("POST", "/sparql").token().contentType("application/x-www-form-urlencoded")
                .body("update=CLEAR%20XYZ").send();
        assertBadRequest(r, "XYZ");
    }

    @Test
    void usingGraphParametersConflictWithWithInTheUpdate() {
        String update = """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                WITH <http://example/addresses>
                DELETE { ?person foaf:givenName 'Before' }
                INSERT { ?person foaf:givenName 'After' }
                WHERE { ?person foaf:givenName 'Before' }
                """;
        var r = http.request("POST", "/sparql?using-named-graph-uri=" + enc("http://example/people")).token()
                .contentType("application/sparql-update").body(update).send();
        assertBadRequest(r, "WITH");
    }

    @Test
    void queryOnTheUpdateEndpointIsRefused() {
        var r = http.request("POST", "/update").token().contentType("application/x-www-form-urlencoded")
                .body("query=ASK%20%7B%7D").send();
        assertBadRequest(r, "updates only");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static String copyDocuments(String target, String where) {
        return """
                PREFIX dc: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                DROP ALL ;
                INSERT DATA { GRAPH <%1$s> { %4$s a foaf:Document } GRAPH <%2$s> { %5$s a foaf:Document } GRAPH <%3$s> { %6$s a foaf:Document } } ;
                INSERT { GRAPH <%7$s> { ?s a dc:BibliographicResource } } WHERE { %8$s }
                """.formatted(G1, G2, G3, D1, D2, D3, target, where);
    }

    private boolean ask(String query) {
        return askResult(http.request("POST", "/sparql").contentType("application/sparql-query").body(query).send());
    }

    private static boolean askResult(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.contentType(r).startsWith("application/sparql-results+json"), Http.contentType(r));
        return ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(stream(r)).getBooleanResult();
    }

    private static void assertBadRequest(HttpResponse<String> r, String messagePart) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(messagePart), () -> "expected '" + messagePart + "' in: " + r.body());
    }

    private static Lang resultsLang(String mediaType) {
        return switch (mediaType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    private static Graph parse(HttpResponse<String> r, String mediaType) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(stream(r)).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType)).parse(dsg);
        return dsg.getDefaultGraph();
    }

    private static ByteArrayInputStream stream(HttpResponse<String> r) {
        return new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8));
    }
}
