package org.parley.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms of the SPARQL 1.1 Service Description vocabulary that Parley's description uses. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    /** A SPARQL service made available via the SPARQL Protocol. */
    public static final Node Service = uri("Service");
    /** The SPARQL endpoint of a service. */
    public static final Node endpoint = uri("endpoint");
    /** A SPARQL language (query or update) supported by the service. */
    public static final Node supportedLanguage = uri("supportedLanguage");
    /** The SPARQL 1.1 Query Language. */
    public static final Node SPARQL11Query = uri("SPARQL11Query");
    /** The SPARQL 1.1 Update Language. */
    public static final Node SPARQL11Update = uri("SPARQL11Update");
    /** A format the service can return results in. */
    public static final Node resultFormat = uri("resultFormat");
    /** A feature of the service. */
    public static final Node feature = uri("feature");
    /** The default graph of the dataset is the RDF merge of its named graphs. */
    public static final Node UnionDefaultGraph = uri("UnionDefaultGraph");
    /** The dataset queried when a request names none. */
    public static final Node defaultDataset = uri("defaultDataset");
    /** An RDF dataset made of a default graph and named graphs. */
    public static final Node Dataset = uri("Dataset");

    public static String getURI() {
        return NS;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private SD() {}
}
