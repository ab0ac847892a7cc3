package org.parley.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyInSyncTest {
    private final Graph ontology = ShaclCheck.get().ontology();

    @Test
    void everyConstantIsDeclaredInTheOntologyWithALabelAndAComment() {
        List<String> missing = new ArrayList<>();
        for (Node term : constants(PARLEY.class)) {
            if (!ontology.contains(term, RDFS.label.asNode(), Node.ANY) || !ontology.contains(term, RDFS.comment.asNode(), Node.ANY)) {
                missing.add(term.getURI());
            }
        }
        List<Node> external = concat(concat(constants(PARLEY.PROV.class), constants(PARLEY.SD.class)),
                concat(constants(PARLEY.GEO.class), constants(PARLEY.SCHEMA.class)));
        for (Node term : external) {
            if (!ontology.contains(term, RDFS.label.asNode(), Node.ANY)) {
                missing.add(term.getURI());
            }
        }
        assertEquals(List.of(), missing, "terms used in code but not declared (with label and comment) in parley.ttl");
    }

    @Test
    void everyTermOfTheOntologyHasAConstantNamedAsItsLocalName() {
        Set<Node> declared = new HashSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(PARLEY.NS)) {
                declared.add(s);
            }
        });
        assertTrue(declared.size() > 50, "the ontology declares its terms");
        Set<Node> constants = new HashSet<>(constants(PARLEY.class));
        List<String> missing = declared.stream().filter(n -> !constants.contains(n)).map(Node::getURI).sorted().toList();
        assertEquals(List.of(), missing, "terms of parley.ttl without a constant in PARLEY");
    }

    @Test
    void constantNamesAreTheLocalNames() throws IllegalAccessException {
        for (Field f : PARLEY.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class && !f.getName().equals("ONTOLOGY")) {
                assertEquals(NodeFactory.createURI(PARLEY.NS + f.getName()), f.get(null), f.getName());
            }
        }
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        List<Node> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Node> constants(Class<?> holder) {
        List<Node> out = new ArrayList<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                try {
                    out.add((Node) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }
}
