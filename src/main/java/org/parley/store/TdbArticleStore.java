package org.parley.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;

import java.util.Iterator;
import java.util.Optional;

/**
 * Article graphs in the embedded TDB2 store: one write transaction per article, in which the article's
 * entities are linked to the store's and the canonical layer is brought up to date
 * ({@link CrossArticleResolution}), so that readers never see one without the other.
 */
@ApplicationScoped
public class TdbArticleStore implements ArticleStore {
    private final ParleyStore store;
    private final CrossArticleResolution resolution;
    // The ontology graph is compared with this build's once per process, not on every article write.
    private volatile boolean ontologyCurrent;

    public TdbArticleStore(ParleyStore store, CrossArticleResolution resolution) {
        this.store = store;
        this.resolution = resolution;
    }

    @Override
    public void replace(Node name, Graph content) {
        DatasetGraph dsg = store.dataset();
        boolean checkOntology = !ontologyCurrent;
        Txn.executeWrite(dsg, () -> {
            if (checkOntology) {
                ensureOntology(dsg);
            }
            resolution.write(dsg, name, content);
        });
        ontologyCurrent = true;
    }

    /** Re-links every article's entities and rebuilds the canonical layer, in one write transaction. */
    public CrossArticleResolution.Summary resolveAll() {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            ensureOntology(dsg);
            return resolution.resolveAll(dsg);
        });
    }

    /** Writes the ontology into its own graph when it is missing or differs from the one this build carries. */
    public void ensureOntology() {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> ensureOntology(dsg));
        ontologyCurrent = true;
    }

    private static void ensureOntology(DatasetGraph dsg) {
        Graph ontology = ShaclCheck.get().ontology();
        Graph stored = dsg.getGraph(PARLEY.ONTOLOGY);
        if (stored.size() == ontology.size() && ontology.find().toList().stream().allMatch(stored::contains)) {
            return;
        }
        dsg.removeGraph(PARLEY.ONTOLOGY);
        ontology.find().forEachRemaining(t -> dsg.add(PARLEY.ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public Optional<String> sourceOfContent(String contentHash) {
        return store.read(dsg -> {
            Iterator<Quad> hits = dsg.find(Node.ANY, Node.ANY, PARLEY.contentHash, NodeFactory.createLiteralString(contentHash));
            while (hits.hasNext()) {
                Quad q = hits.next();
                Iterator<Quad> sources = dsg.find(q.getGraph(), q.getSubject(), PARLEY.sourceLocation, Node.ANY);
                if (sources.hasNext()) {
                    return Optional.of(sources.next().getObject().getLiteralLexicalForm());
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public Optional<String> contentHashOf(Node article) {
        return store.read(dsg -> {
            Iterator<Quad> hits = dsg.find(Node.ANY, article, PARLEY.contentHash, Node.ANY);
            return hits.hasNext() ? Optional.of(hits.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }
}
