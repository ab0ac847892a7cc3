package org.parley.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Extraction;
import org.parley.domain.Outcome;
import org.parley.extract.Extractor;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.ArticleGraphBuilder.ArticleGraph;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;
import org.parley.nlp.SharedPipeline;
import org.parley.resolve.ArticleAnalyzer;
import org.parley.resolve.Iris;
import org.parley.resolve.Overrides;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seven short articles of our own report three meetings in different words, on different days: one planned and
 * then held (three reports), one planned and then called off, one held and reported twice (once by surnames
 * only). Through the real pipeline into a real TDB2 store, the canonical layer must hold exactly three meetings,
 * each with all its sources and the right final status, whatever order the articles come in.
 */
class CanonicalLayerTest {
    private static final String BASE = "http://localhost:8080/";
    private static final Iris IRIS = new Iris(BASE);
    private static final Map<String, String[]> ARTICLES = new TreeMap<>(Map.of(
            "a1", new String[]{"2025-03-05", "Uruguayan Foreign Minister Laura Pereira will meet Estonian Foreign "
                    + "Minister Marten Kask in Lisbon on March 12, her ministry said on Wednesday.\n\nThe two ministers "
                    + "are expected to discuss a fisheries agreement.\n"},
            "a2", new String[]{"2025-03-12", "LISBON - Laura Pereira, the foreign minister of Uruguay, met her Estonian "
                    + "counterpart Marten Kask in Lisbon on Wednesday.\n\nThe talks lasted three hours, officials said.\n"},
            "a3", new String[]{"2025-03-14", "Laura Pereira and Märten Kask met in Lisbon on Wednesday and agreed to "
                    + "open a joint research station, the Uruguayan and Estonian ministers said.\n"},
            "a4", new String[]{"2025-03-25", "Estonian Foreign Minister Marten Kask will hold talks with Icelandic "
                    + "Foreign Minister Gunnar Olsen in Reykjavik next Wednesday, diplomats said.\n"},
            "a5", new String[]{"2025-03-31", "Estonian Foreign Minister Marten Kask cancelled his meeting with Icelandic "
                    + "Foreign Minister Gunnar Olssen in Reykjavik on Wednesday after a storm closed the airport.\n"},
            "a6", new String[]{"2025-05-06", "MADRID - Uruguayan Foreign Minister Laura Pereira met Icelandic Foreign "
                    + "Minister Gunnar Olsen in Madrid on Tuesday.\n"},
            "a7", new String[]{"2025-05-08", "Pereira and Olsen met in Madrid on Tuesday, May 6, their first meeting "
                    + "since the two countries restored direct flights.\n"}));

    private static final List<ArticleGraph> GRAPHS = new ArrayList<>();

    @TempDir
    Path dir;
    private final List<ParleyStore> opened = new ArrayList<>();

    @BeforeAll
    static void analyseOnce() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(SharedPipeline.get(), new Extractor());
        ArticleGraphBuilder builder = new ArticleGraphBuilder(IRIS, "test");
        Instant at = Instant.parse("2025-06-01T00:00:00Z");
        ARTICLES.forEach((name, a) -> {
            Outcome<Extraction> o = analyzer.analyze(SharedPipeline.article(a[1], a[0]));
            assertTrue(o instanceof Outcome.Ok, o.toString());
            GRAPHS.add(builder.build(((Outcome.Ok<Extraction>) o).value(), at, at));
        });
    }

    @AfterEach
    void close() {
        opened.forEach(ParleyStore::close);
    }

    private TdbArticleStore store(String name, List<ArticleGraph> graphs) {
        ParleyStore store = new ParleyStore(dir.resolve(name));
        opened.add(store);
        TdbArticleStore articles = new TdbArticleStore(store, new CrossArticleResolution(IRIS, Overrides.none()));
        for (ArticleGraph g : graphs) {
            assertEquals(List.of(), ShaclCheck.get().violations(g.graph()));
            articles.replace(g.name(), g.graph());
        }
        return articles;
    }

    /** A canonical meeting as the test compares it: parties, status, date, place, sources. */
    private record Seen(Set<String> parties, String status, String date, String place, int sources, int reports) {}

    private static List<Seen> meetings(DatasetGraph dsg) {
        Node canonical = NodeFactory.createURI(IRIS.canonicalGraph());
        return Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getGraph(canonical);
            List<Seen> out = new ArrayList<>();
            g.find(Node.ANY, RDF.type.asNode(), PARLEY.CanonicalMeeting).forEachRemaining(t -> {
                Node m = t.getSubject();
                Set<String> parties = new TreeSet<>();
                g.find(m, PARLEY.participant, Node.ANY).forEachRemaining(p -> parties.add(
                        p.getObject().getURI().substring(BASE.length())));
                out.add(new Seen(parties, one(g, m, PARLEY.status).getLocalName(),
                        one(g, m, PARLEY.date).getLiteralLexicalForm(),
                        one(g, m, PARLEY.place).getURI().substring(BASE.length()),
                        Integer.parseInt(one(g, m, PARLEY.sourceCount).getLiteralLexicalForm()),
                        g.find(m, PARLEY.reportedAs, Node.ANY).toList().size()));
            });
            out.sort(java.util.Comparator.comparing(Seen::date));
            return out;
        });
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> objects = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, objects.size(), s + " " + p + " " + objects);
        return objects.get(0);
    }

    @Test
    void theStoreHoldsExactlyTheThreeMeetingsWithAllSourcesAndTheirFinalStatus() {
        store("forward", GRAPHS);
        DatasetGraph dsg = opened.get(0).dataset();
        assertEquals(List.of(
                new Seen(Set.of("id/person/laura-pereira", "id/person/marten-kask"), "occurred", "2025-03-12",
                        "id/place/lisbon", 3, 3),
                new Seen(Set.of("id/person/gunnar-olsen", "id/person/marten-kask"), "cancelled", "2025-04-02",
                        "id/place/reykjavik", 2, 2),
                new Seen(Set.of("id/person/gunnar-olsen", "id/person/laura-pereira"), "occurred", "2025-05-06",
                        "id/place/madrid", 2, 2)), meetings(dsg));
    }

    @Test
    void eachReportKeepsItsStatusAsOfItsArticle() {
        store("history", GRAPHS);
        DatasetGraph dsg = opened.get(0).dataset();
        Map<String, String> statusByPublished = Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new TreeMap<>();
            Graph canonical = dsg.getGraph(NodeFactory.createURI(IRIS.canonicalGraph()));
            canonical.find(Node.ANY, PARLEY.participant, NodeFactory.createURI(BASE + "id/person/gunnar-olsen"))
                    .forEachRemaining(t -> canonical.find(t.getSubject(), PARLEY.reportedAs, Node.ANY).forEachRemaining(r ->
                            dsg.find(Node.ANY, r.getObject(), PARLEY.reportedIn, Node.ANY).forEachRemaining(q -> {
                                Node published = dsg.find(q.getGraph(), q.getObject(), PARLEY.published, Node.ANY).next().getObject();
                                Node status = dsg.find(q.getGraph(), r.getObject(), PARLEY.status, Node.ANY).next().getObject();
                                out.put(published.getLiteralLexicalForm(), status.getLocalName());
                            })));
            return out;
        });
        assertEquals(Map.of("2025-03-25", "planned", "2025-03-31", "cancelled", "2025-05-06", "occurred",
                "2025-05-08", "occurred"), statusByPublished);
    }

    @Test
    void namesOfOnePersonInEveryArticleAreOneIri() {
        store("names", GRAPHS);
        DatasetGraph dsg = opened.get(0).dataset();
        Set<String> people = Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PARLEY.Person)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI().substring(BASE.length())));
            return out;
        });
        assertEquals(Set.of("id/person/laura-pereira", "id/person/marten-kask", "id/person/gunnar-olsen"), people);
        Set<String> kask = Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(Node.ANY, NodeFactory.createURI(BASE + "id/person/marten-kask"), SKOS.prefLabel.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
        assertTrue(kask.contains("Märten Kask") && kask.contains("Marten Kask"), kask.toString());
    }

    @Test
    void anyOrderOfArrivalAndAWholeStoreResolveGiveTheSameLayer() {
        List<ArticleGraph> reversed = new ArrayList<>(GRAPHS);
        Collections.reverse(reversed);
        TdbArticleStore forward = store("forward", GRAPHS);
        DatasetGraph f = opened.get(0).dataset();
        List<Seen> incremental = meetings(f);
        TdbArticleStore backward = store("backward", reversed);
        DatasetGraph b = opened.get(1).dataset();
        forward.resolveAll();
        backward.resolveAll();
        assertEquals(incremental, meetings(f), "a whole-store resolve agrees with the incremental layer");
        assertEquals(Txn.calculateRead(f, () -> copy(f)).size(), Txn.calculateRead(b, () -> copy(b)).size());
        assertTrue(Txn.calculateRead(f, () -> copy(f)).isIsomorphicWith(Txn.calculateRead(b, () -> copy(b))),
                "the arrival order leaves no trace");
        CrossArticleResolution.Summary again = forward.resolveAll();
        assertEquals(0, again.renamed(), "resolving twice changes nothing");
        assertEquals(3, again.meetings());
        Txn.executeRead(f, () -> f.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(PARLEY.ONTOLOGY)) {
                assertEquals(List.of(), ShaclCheck.get().violations(f.getGraph(g)), g.getURI());
            }
        }));
    }

    /** The canonical graph, for comparison across stores. */
    private static Graph copy(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        dsg.getGraph(NodeFactory.createURI(IRIS.canonicalGraph())).find().forEachRemaining(out::add);
        return out;
    }
}
