package org.parley.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;

/** The answer to a SPARQL query, whichever store ran it: rows, a boolean, or a graph. */
public sealed interface QueryAnswer {
    record Rows(ResultSetRewindable rows) implements QueryAnswer {}

    record Bool(boolean value) implements QueryAnswer {}

    record Triples(Graph graph) implements QueryAnswer {}
}
