package org.parley.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.domain.Entity;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.GeoPoint;
import org.parley.domain.Meeting;
import org.parley.domain.PartialDate;
import org.parley.resolve.Iris;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleGraphBuilderTest {
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(new Iris("http://example.org/"), "test");
    private static final Instant NOW = Instant.parse("2024-03-07T10:00:00Z");

    @Test
    void extractedGraphConformsToTheShapes() {
        var built = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW);
        assertEquals(List.of(), ShaclCheck.get().violations(built.graph()));
    }

    @Test
    void sameArticleGetsTheSameGraphNameAndIris() {
        var first = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW);
        var again = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW);
        var other = builder.build(SampleExtraction.extraction("file:///news/other.txt"), NOW, NOW);
        assertEquals(first.name(), again.name());
        assertTrue(first.graph().isIsomorphicWith(again.graph()));
        assertFalse(first.name().equals(other.name()));
        assertTrue(first.name().getURI().startsWith("http://example.org/graph/article/"));
    }

    @Test
    void graphHasNoBlankNodes() {
        Graph g = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW).graph();
        assertFalse(g.find().toList().stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
    }

    @Test
    void meetingCarriesStatusPlaceDateDelegationAndEvidence() {
        Graph g = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW).graph();
        Node meeting = g.find(Node.ANY, RDF.type.asNode(), PARLEY.Meeting).next().getSubject();
        assertTrue(g.contains(meeting, PARLEY.status, PARLEY.occurred));
        assertTrue(g.contains(meeting, PARLEY.place, NodeFactory.createURI("http://example.org/id/place/port-town")));
        assertEquals("2024-03-05", g.find(meeting, PARLEY.date, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertTrue(g.contains(meeting, PARLEY.delegation, Node.ANY));
        Node evidence = g.find(meeting, PARLEY.evidence, Node.ANY).next().getObject();
        assertEquals("0", g.find(evidence, PARLEY.beginIndex, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void phoneCallIsNeverTypedAsMeeting() {
        Graph g = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW).graph();
        Node call = g.find(Node.ANY, RDF.type.asNode(), PARLEY.PhoneCall).next().getSubject();
        assertFalse(g.contains(call, RDF.type.asNode(), PARLEY.Meeting));
    }

    @Test
    void datesKeepTheirPrecision() {
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth",
                ArticleGraphBuilder.dateLiteral(PartialDate.of(YearMonth.of(2019, 6))).getLiteralDatatypeURI());
        assertEquals("2019", ArticleGraphBuilder.dateLiteral(PartialDate.ofYear(2019)).getLiteralLexicalForm());
    }

    @Test
    void meetingWithOneParticipantViolatesTheShapes() {
        Graph g = builder.build(SampleExtraction.extraction("file:///news/envoys.txt"), NOW, NOW).graph();
        Node meeting = g.find(Node.ANY, RDF.type.asNode(), PARLEY.Meeting).next().getSubject();
        g.delete(meeting, PARLEY.participant, NodeFactory.createURI("http://example.org/id/state/sylvania"));
        List<String> violations = ShaclCheck.get().violations(g);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("at least two parties"), violations.get(0));
    }

    @Test
    void aSentenceCitedTwiceForOneFactIsOneEvidenceWithTheHigherConfidence() {
        var sample = SampleExtraction.extraction("file:///news/envoys.txt");
        Meeting m = sample.meetings().get(0);
        Evidence ev = m.evidence().get(0);
        Meeting twice = new Meeting(m.key(), m.kind(), m.participants(), m.delegates(), m.host(), m.mediator(), m.place(),
                m.date(), m.status(), List.of(ev, new Evidence(ev.sentence(), ev.begin(), ev.end(), 0.5)));
        var extraction = new Extraction(sample.article(), sample.entities(), List.of(twice), sample.calls(), sample.disputes());
        Graph g = builder.build(extraction, NOW, NOW).graph();
        assertEquals(List.of(), ShaclCheck.get().violations(g));
        Node meeting = g.find(Node.ANY, RDF.type.asNode(), PARLEY.Meeting).next().getSubject();
        assertEquals(1, g.find(meeting, PARLEY.evidence, Node.ANY).toList().size());
    }

    @Test
    void aStateCanBeTheMeetingPlace() {
        var sample = SampleExtraction.extraction("file:///news/envoys.txt");
        Meeting m = sample.meetings().get(0);
        Meeting inState = new Meeting(m.key(), m.kind(), m.participants(), m.delegates(), m.host(), m.mediator(),
                java.util.Optional.of("sylvania"), m.date(), m.status(), m.evidence());
        var extraction = new Extraction(sample.article(), sample.entities(), List.of(inState), sample.calls(), sample.disputes());
        assertEquals(List.of(), ShaclCheck.get().violations(builder.build(extraction, NOW, NOW).graph()));
    }

    @Test
    void aPlaceTheGazetteerKnowsLinksToWikidataAndGeoNamesAndHasAWktPoint() {
        Graph g = builder.build(located(new GeoPoint(41.9, 12.5), "PT-07"), NOW, NOW).graph();
        Node town = NodeFactory.createURI("http://example.org/id/place/port-town");
        Node wikidata = NodeFactory.createURI("http://www.wikidata.org/entity/Q4242");
        Node geonames = NodeFactory.createURI("https://sws.geonames.org/4243/");
        for (Node other : List.of(wikidata, geonames)) {
            assertTrue(g.contains(town, OWL.sameAs.asNode(), other), other.getURI());
            assertTrue(g.contains(town, PARLEY.SCHEMA.sameAs, other), other.getURI());
        }
        assertTrue(g.contains(town, PARLEY.isoCode, NodeFactory.createLiteralString("PT-07")));
        Node point = NodeFactory.createURI("http://example.org/id/geometry/place-port-town");
        assertTrue(g.contains(town, PARLEY.GEO.hasGeometry, point));
        assertTrue(g.contains(point, RDF.type.asNode(), PARLEY.GEO.Geometry));
        Node wkt = g.find(point, PARLEY.GEO.asWKT, Node.ANY).next().getObject();
        assertEquals("POINT(12.5 41.9)", wkt.getLiteralLexicalForm(), "longitude first");
        assertEquals(PARLEY.GEO.wktLiteral.getURI(), wkt.getLiteralDatatypeURI());
        assertEquals(List.of(), ShaclCheck.get().violations(g));
    }

    @Test
    void pointsKeepFiveDecimalsAndNoExponent() {
        assertEquals("POINT(-0.00001 51.50853)", ArticleGraphBuilder.wkt(new GeoPoint(51.508534, -0.0000123)));
        assertEquals("POINT(0 0)", ArticleGraphBuilder.wkt(new GeoPoint(0.000001, -0.000001)));
    }

    @Test
    void anIsoCodeThatIsNoIsoCodeViolatesTheShapes() {
        Graph g = builder.build(located(new GeoPoint(41.9, 12.5), "port town"), NOW, NOW).graph();
        assertFalse(ShaclCheck.get().violations(g).isEmpty());
    }

    @Test
    void theLinksOutExampleQueryListsAPlacesIdsAndPoint() throws IOException {
        Graph g = builder.build(located(new GeoPoint(41.9, 12.5), "PT-07"), NOW, NOW).graph();
        String text = Files.readString(Path.of("queries/links-out.rq"));
        List<Binding> rows = new ArrayList<>();
        QueryExec.graph(g).query(text).select().forEachRemaining(rows::add);
        assertEquals(1, rows.size(), "only Port Town has links: " + rows);
        var row = rows.get(0);
        assertEquals("http://www.wikidata.org/entity/Q4242", row.get("wikidata").getURI());
        assertEquals("https://sws.geonames.org/4243/", row.get("geonames").getURI());
        assertEquals("PT-07", row.get("iso").getLiteralLexicalForm());
        assertEquals("POINT(12.5 41.9)", row.get("wkt").getLiteralLexicalForm());
    }

    /** The sample, with Port Town as a gazetteer would give it (invented ids). */
    private static Extraction located(GeoPoint point, String iso) {
        var sample = SampleExtraction.extraction("file:///news/envoys.txt");
        List<Entity> entities = sample.entities().stream()
                .map(e -> !e.key().equals("port-town") ? e : new Entity(e.key(), e.kind(), e.label(), e.altLabels(), e.roles(),
                        Optional.of("Q4242"), Optional.of(iso), Optional.empty(), Optional.of("4243"), Optional.of(point)))
                .toList();
        return new Extraction(sample.article(), entities, sample.meetings(), sample.calls(), sample.disputes());
    }
}
