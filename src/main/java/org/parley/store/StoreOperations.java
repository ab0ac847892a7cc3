package org.parley.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whole-store operations of the command line: bulk load, export, validation and counts. */
@ApplicationScoped
public class StoreOperations {
    private final ParleyStore store;

    public StoreOperations(ParleyStore store) {
        this.store = store;
    }

    /** Adds every quad of {@code data} in one transaction: all of it or, on failure, none. */
    public long load(DatasetGraph data) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            Iterator<Quad> quads = data.find();
            while (quads.hasNext()) {
                dsg.add(quads.next());
                n++;
            }
            return n;
        });
    }

    /** Writes every named graph (the store's content) as N-Quads or TriG, in one read transaction. */
    public void export(OutputStream out, RDFFormat format) {
        store.readThrough(dsg -> RDFDataMgr.write(out, dsg, format));
    }

    /** The SHACL violations of every article graph, each prefixed by its graph name. */
    public List<String> validate() {
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                if (name.equals(PARLEY.ONTOLOGY)) {
                    continue;
                }
                Graph g = dsg.getGraph(name);
                ShaclCheck.get().violations(g).forEach(v -> out.add(name.getURI() + ": " + v));
            }
            return out;
        });
    }

    /** Counts a user wants first: graphs, quads, articles, meetings, calls, disputes, entities by kind. */
    public Map<String, Long> stats() {
        return store.read(dsg -> {
            Map<String, Long> out = new LinkedHashMap<>();
            long graphs = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
                graphs++;
            }
            out.put("graphs", graphs);
            out.put("quads", count(dsg.find()));
            Map<String, Node> classes = new LinkedHashMap<>();
            classes.put("articles", PARLEY.Article);
            classes.put("meetings", PARLEY.Meeting);
            classes.put("phone calls", PARLEY.PhoneCall);
            classes.put("territorial disputes", PARLEY.TerritorialDispute);
            classes.put("canonical meetings", PARLEY.CanonicalMeeting);
            classes.put("canonical calls", PARLEY.CanonicalCall);
            classes.put("canonical disputes", PARLEY.CanonicalDispute);
            classes.put("people", PARLEY.Person);
            classes.put("states", PARLEY.State);
            classes.put("organizations", PARLEY.Organization);
            classes.put("places", PARLEY.Place);
            classes.forEach((label, cls) -> out.put(label, distinctOfClass(dsg, cls)));
            return out;
        });
    }

    private static final Query INSTANCES = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?c rdfs:subClassOf* ?cls . ?x a ?c }""");

    private static long distinctOfClass(DatasetGraph dsg, Node cls) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(INSTANCES).substitution("cls", cls)
                .set(TDB2.symUnionDefaultGraph, true).set(ARQ.httpServiceAllowed, false).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? Long.parseLong(rows.next().get("n").getLiteralLexicalForm()) : 0;
        }
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
