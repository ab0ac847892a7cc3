package org.parley.web.pages;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.graph.PARLEY;
import org.parley.resolve.Iris;
import org.parley.store.ParleyStore;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.pages.PagesFixture.BASE;

/** Minted IRIs dereference: RDF by Accept or ?format=, a page for browsers, Vary: Accept, 404 for the unknown. */
@QuarkusTest
class LinkedDataTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    ParleyStore store;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void load() {
        PagesFixture.load(store);
    }

    @AfterEach
    void empty() {
        PagesFixture.clear(store);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,TURTLE", "application/ld+json,JSONLD", "application/n-triples,NTRIPLES", "application/rdf+xml,RDFXML"})
    void aStateDescribesItselfInEveryRdfFormat(String accept, String lang) throws Exception {
        HttpResponse<String> r = get("id/state/freedonia", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r.body(), lang);
        Node freedonia = NodeFactory.createURI(BASE + "id/state/freedonia");
        assertTrue(g.contains(freedonia, RDF.Nodes.type, PARLEY.State));
        assertTrue(g.contains(freedonia, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Freedonia", "en")));
        // incoming links come with the linking meeting and its label
        Node meeting = NodeFactory.createURI(BASE + "id/meeting/" + PagesFixture.sampleSlug() + "-m1");
        assertTrue(g.contains(meeting, PARLEY.participant, freedonia));
        assertTrue(g.contains(meeting, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY));
    }

    @Test
    void aMeetingCarriesItsEvidenceAndSource() throws Exception {
        HttpResponse<String> r = get("id/meeting/" + PagesFixture.sampleSlug() + "-m1", "text/turtle");
        Graph g = parse(r.body(), "TURTLE");
        assertTrue(g.contains(Node.ANY, PARLEY.sentenceText, Node.ANY), r.body());
        Node article = NodeFactory.createURI(BASE + "id/article/" + PagesFixture.sampleSlug());
        assertTrue(g.contains(article, PARLEY.headline, NodeFactory.createLiteralString("Envoys meet")), r.body());
    }

    @Test
    void browsersGetThePageAndTheFormatParameterOverridesAccept() throws Exception {
        HttpResponse<String> page = get("id/state/freedonia", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<h1>Freedonia</h1>"), page.body());
        assertEquals("Accept", page.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> nt = get("id/state/freedonia?format=nt", "text/html");
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        parse(nt.body(), "NTRIPLES");
    }

    @Test
    void anythingAcceptedGetsTurtleWithPrefixDirectivesEveryParserReads() throws Exception {
        HttpResponse<String> r = get("id/place/port-town", "*/*");
        assertTrue(r.body().contains("@prefix parley:"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(parse(r.body(), "TURTLE").contains(NodeFactory.createURI(BASE + "id/place/port-town"), RDF.Nodes.type, PARLEY.City));
    }

    @Test
    void unknownIrisAnswer404AndUnofferedFormats406() throws Exception {
        assertEquals(404, get("id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get("id/person/nobody-at-all", "text/html").statusCode());
        assertEquals(404, get("id/meeting/0000000000000000-m9", "application/ld+json").statusCode());
        assertEquals(404, get("id/Person/Upper", "text/turtle").statusCode());
        assertEquals(406, get("id/state/freedonia", "image/png").statusCode());
        assertEquals(400, get("id/state/freedonia?format=docx", "text/turtle").statusCode());
    }

    @Test
    void searchFindsNamesAndOtherNamesAndTakesQuotesAsText() throws Exception {
        HttpResponse<String> r = get("search?q=LOPEZ", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/id/person/ana-lopez\""), r.body());
        HttpResponse<String> odd = get("search?q=%22%20%7D%20%3Cscript%3E", "text/html");
        assertEquals(200, odd.statusCode());
        assertTrue(odd.body().contains("0 found for") && odd.body().contains("&lt;script&gt;"), odd.body());
    }

    @Test
    void theOntologyIsServedAtItsNamespaceAsTurtleAndAsAPage() throws Exception {
        HttpResponse<String> ttl = get("ont", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = parse(ttl.body(), "TURTLE");
        assertTrue(g.contains(PARLEY.Meeting, RDF.Nodes.type, OWL.Class.asNode()));
        HttpResponse<String> page = get("ont", "text/html");
        assertTrue(page.body().contains("id=\"Meeting\""), page.body());
    }

    @Test
    void theArticleGraphDereferencesToItsTriples() throws Exception {
        HttpResponse<String> r = get("graph/article/" + PagesFixture.sampleSlug(), "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), "NTRIPLES");
        assertTrue(g.contains(NodeFactory.createURI(BASE + "id/article/" + PagesFixture.sampleSlug()), PARLEY.text, Node.ANY));
        assertEquals(404, get("graph/article/ffffffffffffffff", "text/turtle").statusCode());
    }

    @Test
    void jenaReadsTheIriAsLinkedDataToolsDo() {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, root + "id/state/sylvania");
        assertTrue(model.contains(model.createResource(BASE + "id/state/sylvania"), SKOS.prefLabel));
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, root + "ont");
        assertTrue(ontology.contains(ontology.createResource(PARLEY.NS + "Meeting"), RDF.type, OWL.Class));
    }

    @Test
    void rdf4jRioParsesTheAnswers() throws Exception {
        for (RDFFormat format : new RDFFormat[] {RDFFormat.TURTLE, RDFFormat.NTRIPLES}) {
            HttpResponse<String> r = get("id/person/ana-lopez", format.getDefaultMIMEType());
            Collection<Statement> statements = Rio.parse(new StringReader(r.body()), BASE, format);
            assertTrue(statements.stream().anyMatch(s -> s.getSubject().stringValue().equals(BASE + "id/person/ana-lopez")
                    && s.getObject().stringValue().equals("envoy")), r.body());
        }
    }

    @Test
    void aCanonicalEventIsItsOwnPageForBrowsersAndItsReportsForRdfClients() throws Exception {
        PagesFixture.loadHistory(store);
        List<String> meetings = PagesFixture.HISTORY_SOURCES.stream()
                .map(s -> BASE + "id/meeting/" + Iris.articleSlug(s) + "-m1").toList();
        // the oldest article's report names the event
        String event = new Iris(BASE).canonical("meeting", Iris.articleSlug(meetings.get(0)));
        String path = event.substring(BASE.length());

        HttpResponse<String> page = get(path, "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<p class=\"kind\">meeting across articles · talks</p>"), html);
        assertTrue(html.contains("<dd id=\"source-count\">3</dd>"), html);
        assertTrue(html.contains("planned (reported 3 Jan 2025) → occurred (reported 21 Jan 2025)"), html);
        // every article's meeting is linked from its row, oldest first
        int at = -1;
        for (String m : meetings) {
            int next = html.indexOf("href=\"/" + m.substring(BASE.length()) + "\"", at + 1);
            assertTrue(next > at, m + " after the report before it");
            at = next;
        }
        assertTrue(html.contains("Vellport talks &lt;i&gt;still&lt;/i&gt; on"), "headline markup escaped");
        assertFalse(html.contains("<i>still</i>"));

        Graph g = parse(get(path, "text/turtle").body(), "TURTLE");
        Node node = NodeFactory.createURI(event);
        assertTrue(g.contains(node, RDF.Nodes.type, PARLEY.CanonicalMeeting));
        for (String m : meetings) {
            assertTrue(g.contains(node, PARLEY.reportedAs, NodeFactory.createURI(m)), m);
        }
        assertTrue(g.contains(node, PARLEY.latestReport, NodeFactory.createURI(meetings.get(2))));
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Graph parse(String body, String lang) {
        Graph g = GraphFactory.createDefaultGraph();
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        RDFParser.fromString(body, l).base(BASE).parse(g);
        assertTrue(g.size() > 0, "empty answer");
        return g;
    }
}
