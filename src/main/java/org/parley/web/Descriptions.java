package org.parley.web;

import org.parley.graph.PARLEY;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.parley.config.ParleyConfig;
import org.parley.store.ParleyStore;

/** What the server says about itself: the SPARQL service description and the VoID description of the data. */
@ApplicationScoped
public class Descriptions {
    private final ParleyStore store;
    private final Node service;
    private final Node dataset;
    private final String base;

    public Descriptions(ParleyConfig config, ParleyStore store) {
        this.store = store;
        this.base = config.baseIri();
        this.service = NodeFactory.createURI(base + "sparql");
        this.dataset = NodeFactory.createURI(base + ".well-known/void#dataset");
    }

    /** The {@code sd:Service} at {@code /sparql}: languages, result formats, the union default graph. */
    Graph service() {
        Graph g = graph();
        g.add(service, RDF.Nodes.type, PARLEY.SD.Service);
        g.add(service, PARLEY.SD.endpoint, service);
        g.add(service, PARLEY.SD.supportedLanguage, PARLEY.SD.SPARQL11Query);
        g.add(service, PARLEY.SD.supportedLanguage, PARLEY.SD.SPARQL11Update);
        for (ResultFormat format : ResultFormat.values()) {
            g.add(service, PARLEY.SD.resultFormat, format.w3cFormat);
        }
        g.add(service, PARLEY.SD.feature, PARLEY.SD.UnionDefaultGraph);
        g.add(service, PARLEY.SD.defaultDataset, dataset);
        g.add(dataset, RDF.Nodes.type, PARLEY.SD.Dataset);
        return g;
    }

    /** The {@code void:Dataset}: its size, its endpoint and the IRI space it mints in. */
    Graph voidDataset() {
        // a full count; the store is the size of a news archive, not of a web crawl
        long quads = store.read(dsg -> Iter.count(dsg.find()));
        Graph g = graph();
        g.add(dataset, RDF.Nodes.type, VOID.Dataset.asNode());
        g.add(dataset, VOID.sparqlEndpoint.asNode(), service);
        g.add(dataset, VOID.triples.asNode(), NodeFactory.createLiteralDT(Long.toString(quads), XSDDatatype.XSDinteger));
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        for (ResultFormat format : ResultFormat.values()) {
            if (format.shape == ResultFormat.Shape.GRAPH) {
                g.add(dataset, VOID.feature.asNode(), format.w3cFormat);
            }
        }
        return g;
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", PARLEY.SD.NS).setNsPrefix("void", VOID.NS)
                .setNsPrefix("rdf", RDF.getURI()).setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        return g;
    }
}
