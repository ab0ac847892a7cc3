package org.parley.cli;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.parley.config.ParleyConfig;
import org.parley.domain.Keys;
import org.parley.store.StoreOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parley load}: adds RDF files to the store. Every file is parsed before anything is written, and
 * the write is one transaction, so a bad file loads nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML; .gz too) into the store.")
public class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Named graph for triples (default: one graph per file under <base>graph/load/).")
    String graph;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    private final StoreOperations operations;
    private final ParleyConfig config;

    public LoadCommand(StoreOperations operations, ParleyConfig config) {
        this.operations = operations;
        this.config = config;
    }

    @Override
    public Integer call() {
        DatasetGraph staged = DatasetGraphFactory.createTxnMem();
        Node fixedGraph = graph == null ? null : graphIri(graph);
        for (Path file : files) {
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new UserException("cannot read " + file + "; nothing was loaded");
            }
            Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
            if (lang == null) {
                throw new UserException("cannot tell the RDF format of " + file
                        + " from its name (.ttl .nt .nq .trig .jsonld .rdf, optionally .gz); nothing was loaded");
            }
            Node target = fixedGraph != null ? fixedGraph
                    : NodeFactory.createURI(config.baseIri() + "graph/load/" + Keys.slug(file.getFileName().toString()));
            StreamRDF sink = intoGraph(staged, target);
            try (InputStream in = open(file)) {
                RDFParser.source(in).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(sink);
            } catch (RiotException | RuntimeIOException | IOException e) {
                throw new UserException(file + ": " + e.getMessage() + "; nothing was loaded");
            }
        }
        long n = operations.load(staged);
        System.err.println("parley: loaded " + n + " quads from " + files.size() + " file(s)");
        return 0;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** Triples go to {@code target}; quads keep their graph, but the default graph of a quad file goes to target. */
    private static StreamRDF intoGraph(DatasetGraph staged, Node target) {
        StreamRDF base = StreamRDFLib.dataset(staged);
        return new StreamRDFWrapper(base) {
            @Override
            public void triple(Triple t) {
                base.quad(Quad.create(target, t));
            }

            @Override
            public void quad(Quad q) {
                base.quad(q.isDefaultGraph() ? Quad.create(target, q.asTriple()) : q);
            }
        };
    }

    private static Node graphIri(String iri) {
        try {
            if (IRIx.create(iri).isAbsolute()) {
                return NodeFactory.createURI(iri);
            }
        } catch (IRIException e) {
            // reported below, like a relative IRI
        }
        throw new UserException("--graph " + iri + " is not a valid absolute IRI; nothing was loaded");
    }
}
