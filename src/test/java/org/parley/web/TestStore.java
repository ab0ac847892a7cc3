package org.parley.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.parley.store.ParleyStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Test data written straight into the store bean, one write transaction per call. */
final class TestStore {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String EX = "http://example.org/test/";

    private TestStore() {}

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Empties the store, so that each test sees only its own data. */
    static void clear(ParleyStore store) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, dsg::clear);
    }

    /** Graph {@code EX + "g" + n} holding {@code <EX doc n> a foaf:Document}, for each n. */
    static void documentGraphs(ParleyStore store, int... numbers) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            for (int n : numbers) {
                dsg.add(graph(n), doc(n), RDF.Nodes.type, uri(FOAF + "Document"));
            }
        });
    }

    /** {@code count} triples {@code <EX item i> <EX rank> i} in graph {@code EX bulk}. */
    static void bulk(ParleyStore store, int count) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < count; i++) {
                dsg.add(uri(EX + "bulk"), uri(EX + "item" + i), uri(EX + "rank"), NodeFactory.createLiteralString(Integer.toString(i)));
            }
        });
    }

    static Node graph(int n) {
        return uri(EX + "g" + n);
    }

    static Node doc(int n) {
        return uri(EX + "doc" + n);
    }

    /** Percent-encoding for a URL query value; spaces as %20, not '+'. */
    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
