package org.parley.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.config.ParleyConfig;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;
import org.apache.jena.sparql.graph.GraphFactory;

import java.util.Map;
import java.util.Optional;

/** The RDF that a dereferenced IRI answers with. */
@ApplicationScoped
public class LinkedData {
    private final WebQueries queries;
    private final String base;

    public LinkedData(WebQueries queries, ParleyConfig config) {
        this.queries = queries;
        this.base = config.baseIri();
    }

    /** The IRI a request path under this server stands for: the configured base, whatever host was asked. */
    public String iri(String path) {
        return base + path;
    }

    /** Outgoing triples, incoming links with labels, evidence and sources; empty when the IRI is unknown. */
    public Optional<Graph> describe(String iri) {
        Map<String, Node> at = Map.of("resource", NodeFactory.createURI(iri));
        if (!queries.ask("exists", at)) {
            return Optional.empty();
        }
        return Optional.of(withPrefixes(queries.construct("describe", at)));
    }

    /** The triples of a named graph; empty when there is no such graph. */
    public Optional<Graph> graph(String iri) {
        Graph g = queries.construct("graph", Map.of("graph", NodeFactory.createURI(iri)));
        return g.isEmpty() ? Optional.empty() : Optional.of(withPrefixes(g));
    }

    /** The ontology this build carries, which is also the one every ingest writes into the store. */
    public Optional<Graph> ontology() {
        Graph copy = GraphFactory.createDefaultGraph();
        ShaclCheck.get().ontology().find().forEachRemaining(copy::add);
        return Optional.of(withPrefixes(copy));
    }

    private Graph withPrefixes(Graph g) {
        g.getPrefixMapping().setNsPrefix("parley", PARLEY.NS).setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("skos", SKOS.getURI()).setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("id", base + "id/");
        return g;
    }
}
