package org.parley.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.store.ParleyStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.web.TestStore.EX;
import static org.parley.web.TestStore.enc;

/**
 * Requests an attacker would send: nesting that could exhaust the parser's stack, queries that would run for
 * hours, entity bombs and binary in bodies, paths that try to climb out of the linked-data space, and the backup
 * without the token. Each gets a 4xx or a 503 within bounds, never a stack trace, and the store is unharmed.
 */
@QuarkusTest
class HostileEndpointTest {
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    void deeplyNestedGroupsAreRefusedAsABadQuery() {
        int depth = 9_000;
        String query = "SELECT * WHERE " + "{".repeat(depth) + " ?s ?p ?o " + "}".repeat(depth);
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").body(query).send();
        assertEquals(400, r.statusCode(), r.body());
        assertStoreUnharmed();
    }

    @Test
    void deeplyNestedExpressionIsRefusedAsABadQuery() {
        int depth = 9_000;
        String query = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(depth) + "?o" + ")".repeat(depth) + ") }";
        var r = http.request("POST", "/sparql").contentType("application/sparql-query").body(query).send();
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void deeplyNestedUpdateIsRefusedEvenWithTheToken() {
        int depth = 9_000;
        String update = "DELETE WHERE " + "{".repeat(depth) + " ?s ?p ?o " + "}".repeat(depth);
        var r = http.request("POST", "/update").token().contentType("application/sparql-update").body(update).send();
        assertEquals(400, r.statusCode(), r.body());
        assertStoreUnharmed();
    }

    @Test
    void unboundedPathQueryIsStoppedByTheServersTimeLimit() {
        TestStore.bulk(store, 300);
        // every item reaches every other through any property, both ways, joined with the whole store three
        // times over: a closure and a cross product with no cheap plan, whatever else the store holds
        String query = "SELECT (COUNT(*) AS ?n) { ?a (<" + EX + "rank>|^<" + EX + "rank>|!<" + EX + "x>)* ?b . "
                + "?b ?p ?c . ?d ?q ?e . ?f ?r ?g . ?h ?s ?i }";
        long start = System.nanoTime();
        var r = http.request("GET", "/sparql?query=" + enc(query)).send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void queryBodyThatIsNotUtf8IsRefused() {
        var r = send(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'S', 'E', 'L', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0, 1})));
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void binaryUpdateBodyIsRefusedEvenWithTheToken() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        var r = send(HttpRequest.newBuilder(uri("/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer " + Http.TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(junk)));
        assertEquals(400, r.statusCode(), r.body());
        assertStoreUnharmed();
    }

    @Test
    void entityBombInAGraphStoreBodyIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY a0 \"boom\">\n");
        for (int i = 1; i <= 10; i++) {
            xml.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"").append(EX)
                .append("\"><rdf:Description rdf:about=\"").append(EX).append("bomb\"><ex:says>&a10;</ex:says></rdf:Description></rdf:RDF>");
        long start = System.nanoTime();
        var r = http.request("PUT", "/data?graph=" + enc(EX + "bomb")).token().contentType("application/rdf+xml")
                .body(xml.toString()).send();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertEquals(404, http.request("GET", "/data?graph=" + enc(EX + "bomb")).send().statusCode());
    }

    @Test
    void externalEntityInAGraphStoreBodyIsNeverRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"" + EX + "\">"
                + "<rdf:Description rdf:about=\"" + EX + "xxe\"><ex:says>&secret;</ex:says></rdf:Description></rdf:RDF>";
        var put = http.request("PUT", "/data?graph=" + enc(EX + "xxe")).token().contentType("application/rdf+xml").body(xml).send();
        var read = http.request("GET", "/data?graph=" + enc(EX + "xxe")).accept("application/n-triples").send();
        assertTrue(put.statusCode() == 400 || !read.body().contains("root:"), put.statusCode() + " " + read.body());
    }

    @Test
    void linkedDataPathsThatClimbOutOrCarryOddCharactersAreNotFound() {
        List<String> paths = List.of(
                "/id/..%2F..%2F..%2Fetc%2Fpasswd",
                "/id/person/..%2F..%2F..%2Fetc%2Fpasswd",
                "/id/person/%2e%2e%2f%2e%2e%2fpom.xml",
                "/graph/article/..%2F..%2Fpom.xml",
                "/id/person/..",
                "/id/person/%00",
                "/id/person/a%00b",
                "/id/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/id/person/Robert'%20OR%201=1",
                "/id/person/x%3E%20%3Chttp:%2F%2Fevil.test%2F",
                "/id/person/caf%C3%A9",
                "/id/person/%FF%FE",
                "/id/person/" + "a".repeat(4_000),
                "/id/" + "b".repeat(4_000) + "/c",
                "/id/person/nobody/extra/segments",
                "/id/PERSON/nobody",
                "/ont/..%2F..%2Fpom.xml");
        for (String path : paths) {
            var r = http.request("GET", path).accept("text/turtle").send();
            assertEquals(404, r.statusCode(), path + " -> " + r.body());
        }
    }

    @Test
    void percentEncodedTraversalNeverReachesFiles() {
        for (String path : List.of("/..%2F..%2Fpom.xml", "/%2e%2e/%2e%2e/pom.xml", "/static/..%2F..%2F..%2Fetc%2Fpasswd")) {
            var r = http.request("GET", path).send();
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertTrue(!r.body().contains("<artifactId>") && !r.body().contains("root:"), path + " -> " + r.body());
        }
    }

    @Test
    void backupNeedsTheUpdateToken() {
        assertEquals(401, http.request("GET", "/backup").send().statusCode());
        assertEquals(403, http.request("GET", "/backup").header("Authorization", "Bearer guess").send().statusCode());
    }

    @Test
    void backupWithTheTokenIsTheWholeStoreAsGzippedNQuads() throws IOException, InterruptedException {
        HttpResponse<byte[]> r = RAW.send(HttpRequest.newBuilder(uri("/backup")).header("Authorization", "Bearer " + Http.TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/n-quads", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String nquads = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = nquads.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, lines.size(), nquads);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("<" + EX + "doc1> ") && l.endsWith("<" + EX + "g1> .")), nquads);
    }

    private void assertStoreUnharmed() {
        var r = http.request("GET", "/sparql?query=" + enc("ASK { <" + EX + "doc1> a ?t . <" + EX + "doc2> a ?u }"))
                .accept("application/sparql-results+json").send();
        assertTrue(r.body().contains("true"), r.body());
    }

    private URI uri(String path) {
        return URI.create(sparql.getProtocol() + "://" + sparql.getAuthority() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = RAW.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Http.assertNoStackTrace(r.body());
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
