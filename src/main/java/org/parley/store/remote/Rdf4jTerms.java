package org.parley.store.remote;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;

/** Converts RDF terms between RDF4J and Jena, one by one, at the edge of the remote store. */
final class Rdf4jTerms {
    private Rdf4jTerms() {}

    static Node toJena(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    static Value toRdf4j(Node n) {
        if (n.isURI()) {
            return Values.iri(n.getURI());
        }
        if (!n.isLiteral()) {
            throw new IllegalArgumentException("no blank nodes: " + n);
        }
        String lang = n.getLiteralLanguage();
        return lang.isEmpty() ? Values.literal(n.getLiteralLexicalForm(), Values.iri(n.getLiteralDatatypeURI()))
                : Values.literal(n.getLiteralLexicalForm(), lang);
    }
}
