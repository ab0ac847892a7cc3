package org.parley.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where a command works: the embedded store ({@code --store}, applied as configuration before Quarkus
 * starts) or a remote SPARQL endpoint ({@code --endpoint}).
 */
class StoreTarget {
    @Option(names = "--store", paramLabel = "DIR", description = "Folder of the TDB2 store (default: PARLEY_STORE or ./data/tdb2).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint of a running server, e.g. http://localhost:8080/sparql, or (ingest) an RDF4J Server or GraphDB repository, .../repositories/ID. To have a Parley server analyse the articles itself, ingest --server instead.")
    String endpoint;
}
