package org.parley.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.parley.config.ParleyConfig;
import org.parley.store.ParleyStore;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * The SPARQL 1.1 Graph Store Protocol over the store, with indirect graph identification
 * ({@code ?graph=IRI} or {@code ?default}). Reads are open; writes need the update token and are one write
 * transaction each. {@code ?default} is the store's own default graph, not the union that queries see.
 */
@ApplicationScoped
public class GraphStore {
    private final ParleyStore store;
    private final WriteAccess access;
    private final String base;

    public GraphStore(ParleyStore store, WriteAccess access, ParleyConfig config) {
        this.store = store;
        this.access = access;
        this.base = config.baseIri();
    }

    /** How a PUT or POST combines the sent triples with the graph. */
    enum Write { REPLACE, MERGE }

    /** The graph a request addresses: a named graph, or the default graph when {@code name} is empty. */
    record Target(Optional<Node> name) {
        static Target of(HttpInput in) {
            List<String> graph = in.params().getOrDefault("graph", List.of());
            boolean isDefault = in.params().containsKey("default");
            if (graph.size() + (isDefault ? 1 : 0) != 1) {
                throw SparqlProblem.badRequest("name one graph: ?graph=IRI or ?default").raise();
            }
            if (isDefault) {
                return new Target(Optional.empty());
            }
            String iri = graph.get(0);
            try {
                if (!IRIx.create(iri).isAbsolute()) {
                    throw SparqlProblem.badRequest("graph must be an absolute IRI: " + iri).raise();
                }
            } catch (IRIException e) {
                throw SparqlProblem.badRequest("graph is not an IRI: " + iri).raise();
            }
            return new Target(Optional.of(NodeFactory.createURI(iri)));
        }

        String describe() {
            return name.map(n -> "graph <" + n.getURI() + ">").orElse("the default graph");
        }
    }

    Response get(HttpInput in) {
        Target target = Target.of(in);
        ResultFormat format = format(in);
        Optional<Graph> graph = store.read(dsg -> exists(dsg, target) ? Optional.of(copy(view(dsg, target))) : Optional.<Graph>empty());
        return graph.map(g -> SparqlExecutor.graph(g, format).build())
                .orElseThrow(() -> SparqlProblem.notFound("no " + target.describe() + " in this store").raise());
    }

    Response head(HttpInput in) {
        Target target = Target.of(in);
        ResultFormat format = format(in);
        if (!store.read(dsg -> exists(dsg, target))) {
            throw SparqlProblem.notFound("no " + target.describe() + " in this store").raise();
        }
        return Response.ok().type(format.mediaType()).build();
    }

    /** PUT (replace) or POST (merge): 201 when the graph is new, else 204. */
    Response write(HttpInput in, Write mode) {
        access.require(in.authorization());
        Target target = Target.of(in);
        Graph data = parse(in, target);
        DatasetGraph dsg = store.dataset();
        boolean created = Txn.calculateWrite(dsg, () -> {
            // the default graph always exists, so only a named graph can be created
            boolean isNew = target.name().isPresent() && !exists(dsg, target);
            Graph graph = view(dsg, target);
            if (mode == Write.REPLACE) {
                graph.clear();
            }
            GraphUtil.addInto(graph, data);
            return isNew;
        });
        return created ? Response.status(Response.Status.CREATED).build() : Response.noContent().build();
    }

    Response delete(HttpInput in) {
        access.require(in.authorization());
        Target target = Target.of(in);
        DatasetGraph dsg = store.dataset();
        boolean existed = Txn.calculateWrite(dsg, () -> {
            if (!exists(dsg, target)) {
                return false;
            }
            if (target.name().isPresent()) {
                dsg.removeGraph(target.name().get());
            } else {
                dsg.getDefaultGraph().clear();
            }
            return true;
        });
        if (!existed) {
            throw SparqlProblem.notFound("no " + target.describe() + " in this store").raise();
        }
        return Response.noContent().build();
    }

    private Graph parse(HttpInput in, Target target) {
        String type = in.contentType().orElseThrow(() ->
                SparqlProblem.unsupportedMediaType("send the graph with a Content-Type such as text/turtle").raise());
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null || RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
            throw SparqlProblem.unsupportedMediaType("media type " + type + " is not a graph format this server reads").raise();
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(in.bodyBytes()))
                    .lang(lang)
                    // a client's bad body is its error, reported to it, not logged as the server's
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .base(target.name().map(Node::getURI).orElse(base))
                    .parse(graph);
        } catch (RiotException e) {
            throw SparqlProblem.badRequest("the body is not valid " + lang.getLabel() + ": " + e.getMessage()).raise();
        }
        return graph;
    }

    private static ResultFormat format(HttpInput in) {
        return ResultFormat.choose(ResultFormat.Shape.GRAPH,
                in.params().getOrDefault("format", List.of()).stream().findFirst(), in.accept());
    }

    /** The default graph always exists; a named graph exists while it has a triple. */
    private static boolean exists(DatasetGraph dsg, Target target) {
        return target.name().map(dsg::containsGraph).orElse(true);
    }

    private static Graph view(DatasetGraph dsg, Target target) {
        return target.name().map(dsg::getGraph).orElseGet(dsg::getDefaultGraph);
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }
}
