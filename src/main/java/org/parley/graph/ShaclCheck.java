package org.parley.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.compose.Union;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The ontology and its SHACL shapes, read once from the classpath, and the check every article graph
 * passes before it is written. Graphs are validated together with the ontology so that {@code sh:class}
 * sees the subclass hierarchy.
 */
public final class ShaclCheck {
    private static final ShaclCheck INSTANCE = new ShaclCheck();

    private final Graph ontology;
    private final Shapes shapes;

    private ShaclCheck() {
        this.ontology = read("/ontology/parley.ttl");
        this.shapes = Shapes.parse(read("/ontology/shapes.ttl"));
    }

    public static ShaclCheck get() {
        return INSTANCE;
    }

    /** The ontology graph (read-only use: callers copy it before changing it). */
    public Graph ontology() {
        return ontology;
    }

    /** The violations of {@code data}, one line each; empty when it conforms. */
    public List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology));
        return report.getEntries().stream().map(ShaclCheck::describe).toList();
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message();
    }

    static Graph read(String resource) {
        try (InputStream in = Objects.requireNonNull(ShaclCheck.class.getResourceAsStream(resource), resource)) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
