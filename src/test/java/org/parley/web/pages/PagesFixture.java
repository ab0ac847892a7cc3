package org.parley.web.pages;

import org.parley.resolve.Overrides;
import org.parley.store.CrossArticleResolution;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.parley.domain.Article;
import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.GeoPoint;
import org.parley.domain.Meeting;
import org.parley.domain.MeetingKind;
import org.parley.domain.PartialDate;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.SampleExtraction;
import org.parley.resolve.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.TdbArticleStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two articles written the way ingestion writes them (ArticleGraphBuilder, then the TDB2 article store): the
 * invented sample, and one whose text and headline carry markup that must never run in a reader's browser.
 * Port Town has Wikidata and GeoNames ids and a point, as the gazetteer gives them to the places it knows (the ids
 * are invented).
 */
final class PagesFixture {
    static final String BASE = "http://localhost:8080/";
    static final String SAMPLE_SOURCE = "file:///news/envoys.txt";
    static final String HOSTILE_SOURCE = "https://news.example.org/hostile";
    static final String HOSTILE_TEXT = "Envoys of Freedonia met Sylvania officials in Port Town on Friday "
            + "<script>window.__pwned = true; document.title = 'pwned';</script>"
            + "<img src=x onerror=\"window.__pwned = true\"> to talk about the border.\n\n"
            + "Nothing was signed.";

    private PagesFixture() {}

    static String sampleSlug() {
        return Iris.articleSlug(SAMPLE_SOURCE);
    }

    static String hostileSlug() {
        return Iris.articleSlug(HOSTILE_SOURCE);
    }

    static final GeoPoint PORT_TOWN = new GeoPoint(41.9, 12.5);

    static void load(ParleyStore store) {
        load(store, true);
    }

    /** Loads both articles; without points, no place in the store has coordinates. */
    static void load(ParleyStore store, boolean withPoints) {
        clear(store);
        TdbArticleStore articles = new TdbArticleStore(store, new CrossArticleResolution(new Iris(BASE), Overrides.none()));
        ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris(BASE), "test");
        Instant at = Instant.parse("2024-03-07T10:00:00Z");
        for (Extraction e : List.of(SampleExtraction.extraction(SAMPLE_SOURCE), hostile())) {
            var built = builder.build(withPoints ? located(e) : e, at, at);
            articles.replace(built.name(), built.graph());
        }
    }

    private static Extraction located(Extraction x) {
        List<Entity> entities = x.entities().stream()
                .map(e -> !e.key().equals("port-town") ? e : new Entity(e.key(), e.kind(), e.label(), e.altLabels(),
                        e.roles(), Optional.of("Q4242"), Optional.empty(), Optional.empty(), Optional.of("4243"),
                        Optional.of(PORT_TOWN)))
                .toList();
        return new Extraction(x.article(), entities, x.meetings(), x.calls(), x.disputes());
    }

    /**
     * Empties the store graph by graph. Not {@code DatasetGraph.clear()}: TDB2 stores the decimal "0.900" inline as
     * the value 0.9 and clear() deletes by the node it read back, which misses it, so confidences would stay behind
     * for the next test class; removeGraph deletes by stored id.
     */
    static void clear(ParleyStore store) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            graphs.forEach(dsg::removeGraph);
            dsg.getDefaultGraph().clear();
        });
    }

    private static Extraction hostile() {
        Article article = new Article(HOSTILE_SOURCE, Optional.of("Border talks <b>resume</b>"), Optional.of(LocalDate.of(2024, 4, 12)),
                List.of("B. Reporter"), Optional.of("THE COURIER"), "en", HOSTILE_TEXT, "0".repeat(64));
        int end = HOSTILE_TEXT.indexOf("\n\n");
        Evidence sentence = new Evidence(HOSTILE_TEXT.substring(0, end), 0, end, 0.7);
        List<Entity> entities = List.of(
                entity("freedonia", EntityKind.STATE, "Freedonia"),
                entity("sylvania", EntityKind.STATE, "Sylvania"),
                entity("port-town", EntityKind.CITY, "Port Town"));
        Meeting meeting = new Meeting("m1", MeetingKind.TALKS, List.of("freedonia", "sylvania"), List.of(), Optional.empty(),
                Optional.empty(), Optional.of("port-town"), Optional.of(PartialDate.of(LocalDate.of(2024, 4, 12))),
                EventStatus.PLANNED, List.of(sentence));
        return new Extraction(article, entities, List.of(meeting), List.of(), List.of());
    }

    private static Entity entity(String key, EntityKind kind, String label) {
        return new Entity(key, kind, label, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
