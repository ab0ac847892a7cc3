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
import org.parley.domain.DisputeKind;
import org.parley.domain.TerritorialDispute;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.SampleExtraction;
import org.parley.resolve.Iris;
import org.parley.store.ParleyStore;
import org.parley.store.TdbArticleStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
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

    /** Where the three history articles came from, oldest first. */
    static final List<String> HISTORY_SOURCES = List.of("file:///news/vellport-talks-set.txt",
            "file:///news/vellport-talks-still-on.txt", "file:///news/vellport-talks-held.txt");

    /**
     * Three articles of January 2025 about one meeting and one territory, and nothing else: talks announced for
     * 20 January (planned, published 3 Jan), said to be still on without a date (planned, 10 Jan; its headline
     * carries markup), then held (occurred, 21 Jan). The first and the last say who holds the Saltmarsh Isles, and
     * name different holders. All names are invented.
     */
    static void loadHistory(ParleyStore store) {
        clear(store);
        TdbArticleStore articles = new TdbArticleStore(store, new CrossArticleResolution(new Iris(BASE), Overrides.none()));
        ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris(BASE), "test");
        Instant at = Instant.parse("2025-01-22T10:00:00Z");
        List<Entity> entities = List.of(entity("ruritania", EntityKind.STATE, "Ruritania"),
                entity("borduria", EntityKind.STATE, "Borduria"), entity("vellport", EntityKind.CITY, "Vellport"),
                entity("saltmarsh-isles", EntityKind.TERRITORY, "Saltmarsh Isles"));
        String set = "Ruritania and Borduria will hold talks in Vellport on 20 January. "
                + "The Saltmarsh Isles, claimed by both states, are held by Ruritania.";
        String stillOn = "Officials said Ruritania and Borduria still plan to meet in Vellport.";
        String held = "Ruritania and Borduria held talks in Vellport on Monday. "
                + "Borduria now holds most of the Saltmarsh Isles after its troops landed there last week.";
        List<Extraction> reports = List.of(
                new Extraction(article(HISTORY_SOURCES.get(0), "Vellport talks set for January", LocalDate.of(2025, 1, 3), set),
                        entities, List.of(talks(set, 0, Optional.of(LocalDate.of(2025, 1, 20)), EventStatus.PLANNED)), List.of(),
                        List.of(isles(set, 1, "ruritania", Optional.empty(), DisputeKind.CONTESTED))),
                new Extraction(article(HISTORY_SOURCES.get(1), "Vellport talks <i>still</i> on", LocalDate.of(2025, 1, 10), stillOn),
                        entities.subList(0, 3), List.of(talks(stillOn, 0, Optional.empty(), EventStatus.PLANNED)), List.of(), List.of()),
                new Extraction(article(HISTORY_SOURCES.get(2), "Ruritania and Borduria meet in Vellport", LocalDate.of(2025, 1, 21), held),
                        entities, List.of(talks(held, 0, Optional.of(LocalDate.of(2025, 1, 20)), EventStatus.OCCURRED)), List.of(),
                        List.of(isles(held, 1, "borduria", Optional.of("most of"), DisputeKind.OCCUPIED))));
        for (Extraction e : reports) {
            var built = builder.build(e, at, at);
            articles.replace(built.name(), built.graph());
        }
    }

    private static Article article(String source, String headline, LocalDate published, String text) {
        return new Article(source, Optional.of(headline), Optional.of(published), List.of(), Optional.of("THE COURIER"), "en",
                text, sha256(text));
    }

    private static Meeting talks(String text, int sentence, Optional<LocalDate> date, EventStatus status) {
        return new Meeting("m1", MeetingKind.TALKS, List.of("ruritania", "borduria"), List.of(), Optional.empty(),
                Optional.empty(), Optional.of("vellport"), date.map(PartialDate::of), status, List.of(sentence(text, sentence)));
    }

    private static TerritorialDispute isles(String text, int sentence, String controller, Optional<String> extent, DisputeKind kind) {
        return new TerritorialDispute("d1", "saltmarsh-isles", List.of("ruritania", "borduria"), Optional.of(controller),
                extent, kind, List.of(sentence(text, sentence)));
    }

    /** The n-th sentence of a text whose sentences end in ". ", as evidence. */
    private static Evidence sentence(String text, int n) {
        int begin = 0;
        for (int i = 0; i < n; i++) {
            begin = text.indexOf(". ", begin) + 2;
        }
        int stop = text.indexOf(". ", begin);
        int end = stop < 0 ? text.length() : stop + 1;
        return new Evidence(text.substring(begin, end), begin, end, 0.8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entity entity(String key, EntityKind kind, String label) {
        return new Entity(key, kind, label, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
