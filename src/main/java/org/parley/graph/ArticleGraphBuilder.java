package org.parley.graph;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.domain.Article;
import org.parley.domain.Delegate;
import org.parley.domain.DisputeKind;
import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.GeoPoint;
import org.parley.domain.Meeting;
import org.parley.domain.MeetingKind;
import org.parley.domain.PartialDate;
import org.parley.domain.PhoneCall;
import org.parley.domain.TerritorialDispute;
import org.parley.resolve.Iris;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one article's extraction into its named graph under the Parley ontology: the article, every entity
 * it names, its meetings, calls and disputes with their evidence, and the PROV-O record of the ingestion.
 * Nodes only, no blank nodes, no strings pasted into RDF.
 */
public final class ArticleGraphBuilder {
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** GeoNames' own IRIs for its features: https://sws.geonames.org/{id}/ (with the trailing slash). */
    private static final String GEONAMES_FEATURE = "https://sws.geonames.org/";
    private static final RDFDatatype WKT = TypeMapper.getInstance().getSafeTypeByName(PARLEY.GEO.wktLiteral.getURI());

    private final Iris iris;
    private final String softwareVersion;

    public ArticleGraphBuilder(Iris iris, String softwareVersion) {
        this.iris = iris;
        this.softwareVersion = softwareVersion;
    }

    /** The named graph of an article, with its name. */
    public record ArticleGraph(String articleSlug, Node name, Node article, Graph graph) {}

    public ArticleGraph build(Extraction extraction, Instant startedAt, Instant endedAt) {
        Article article = extraction.article();
        String slug = Iris.articleSlug(article.source());
        Node articleNode = uri(iris.article(slug));
        Node graphName = uri(iris.articleGraph(slug));
        Writer w = new Writer(GraphFactory.createDefaultGraph(), slug, articleNode);

        w.add(articleNode, RDF.type.asNode(), PARLEY.Article);
        w.add(articleNode, PARLEY.sourceLocation, NodeFactory.createLiteralDT(article.source(), XSDDatatype.XSDanyURI));
        article.title().ifPresent(t -> w.add(articleNode, PARLEY.headline, NodeFactory.createLiteralString(t)));
        article.published().ifPresent(d -> w.add(articleNode, PARLEY.published,
                NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        article.authors().forEach(a -> w.add(articleNode, PARLEY.authorName, NodeFactory.createLiteralString(a)));
        article.publisher().ifPresent(p -> w.add(articleNode, PARLEY.publisherName, NodeFactory.createLiteralString(p)));
        w.add(articleNode, PARLEY.language, NodeFactory.createLiteralDT(article.language(), XSDDatatype.XSDlanguage));
        w.add(articleNode, PARLEY.contentHash, NodeFactory.createLiteralString(article.contentHash()));
        w.add(articleNode, PARLEY.text, NodeFactory.createLiteralString(article.text()));

        for (Entity e : extraction.entities()) {
            w.entity(e, extraction);
        }
        for (Meeting m : extraction.meetings()) {
            Node node = uri(iris.fact("meeting", slug, m.key()));
            w.add(node, RDF.type.asNode(), PARLEY.Meeting);
            w.add(node, PARLEY.meetingKind, meetingKind(m.kind()));
            w.event(node, m.key(), extraction, m.participants(), m.date().orElse(null), m.status(), m.evidence());
            for (Delegate d : m.delegates()) {
                Node membership = uri(iris.fact("delegation", slug, m.key() + "-" + d.person()));
                w.add(node, PARLEY.delegation, membership);
                w.add(membership, RDF.type.asNode(), PARLEY.Delegation);
                w.add(membership, PARLEY.delegate, w.entityNode(extraction.entity(d.person())));
                w.add(membership, PARLEY.represents, w.entityNode(extraction.entity(d.represents())));
            }
            m.host().ifPresent(k -> w.add(node, PARLEY.host, w.entityNode(extraction.entity(k))));
            m.mediator().ifPresent(k -> w.add(node, PARLEY.mediator, w.entityNode(extraction.entity(k))));
            m.place().ifPresent(k -> w.add(node, PARLEY.place, w.entityNode(extraction.entity(k))));
        }
        for (PhoneCall c : extraction.calls()) {
            Node node = uri(iris.fact("call", slug, c.key()));
            w.add(node, RDF.type.asNode(), PARLEY.PhoneCall);
            w.event(node, c.key(), extraction, c.participants(), c.date().orElse(null), c.status(), c.evidence());
        }
        for (TerritorialDispute d : extraction.disputes()) {
            Node node = uri(iris.fact("dispute", slug, d.key()));
            w.add(node, RDF.type.asNode(), PARLEY.TerritorialDispute);
            w.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                    "dispute over " + extraction.entity(d.territory()).label(), "en"));
            w.add(node, PARLEY.territory, w.entityNode(extraction.entity(d.territory())));
            d.claimants().forEach(k -> w.add(node, PARLEY.claimant, w.entityNode(extraction.entity(k))));
            d.controller().ifPresent(k -> w.add(node, PARLEY.controller, w.entityNode(extraction.entity(k))));
            d.extent().ifPresent(x -> w.add(node, PARLEY.controlExtent, NodeFactory.createLiteralString(x)));
            w.add(node, PARLEY.disputeKind, disputeKind(d.kind()));
            w.add(node, PARLEY.reportedIn, articleNode);
            w.evidence(node, d.key(), d.evidence());
        }

        Node activity = uri(iris.activity(slug, Long.toString(startedAt.toEpochMilli())));
        Node time = NodeFactory.createLiteralDT(endedAt.toString(), XSDDatatype.XSDdateTime);
        w.add(graphName, RDF.type.asNode(), PARLEY.PROV.Entity);
        w.add(graphName, PARLEY.PROV.wasDerivedFrom, articleNode);
        w.add(graphName, PARLEY.PROV.wasGeneratedBy, activity);
        w.add(graphName, PARLEY.PROV.generatedAtTime, time);
        w.add(activity, RDF.type.asNode(), PARLEY.PROV.Activity);
        w.add(activity, RDFS.label.asNode(), NodeFactory.createLiteralLang("Parley ingestion", "en"));
        w.add(activity, PARLEY.PROV.used, articleNode);
        w.add(activity, PARLEY.PROV.startedAtTime, NodeFactory.createLiteralDT(startedAt.toString(), XSDDatatype.XSDdateTime));
        w.add(activity, PARLEY.PROV.endedAtTime, time);
        w.add(activity, PARLEY.softwareVersion, NodeFactory.createLiteralString(softwareVersion));
        return new ArticleGraph(slug, graphName, articleNode, w.graph);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The node of an event status, as the ontology names it. */
    public static Node status(EventStatus status) {
        return switch (status) {
            case OCCURRED -> PARLEY.occurred;
            case PLANNED -> PARLEY.planned;
            case CANCELLED -> PARLEY.cancelled;
        };
    }

    static Node meetingKind(MeetingKind kind) {
        return switch (kind) {
            case MEETING -> PARLEY.meeting;
            case SUMMIT -> PARLEY.summit;
            case TALKS -> PARLEY.talks;
            case VISIT -> PARLEY.visit;
            case NEGOTIATION_ROUND -> PARLEY.negotiationRound;
            case SIGNING -> PARLEY.signing;
        };
    }

    static Node disputeKind(DisputeKind kind) {
        return switch (kind) {
            case ANNEXED -> PARLEY.annexed;
            case OCCUPIED -> PARLEY.occupied;
            case CLAIMED -> PARLEY.claimed;
            case CONTESTED -> PARLEY.contested;
        };
    }

    static Node entityClass(EntityKind kind) {
        return switch (kind) {
            case PERSON -> PARLEY.Person;
            case ORGANIZATION -> PARLEY.Organization;
            case STATE -> PARLEY.State;
            case ARMED_GROUP -> PARLEY.ArmedGroup;
            case CITY -> PARLEY.City;
            case REGION -> PARLEY.Region;
            case TERRITORY -> PARLEY.Territory;
            case VENUE -> PARLEY.Venue;
            case PLACE -> PARLEY.Place;
        };
    }

    /** WKT of a point: longitude first, as GeoSPARQL's default WGS 84 (CRS84) order has it, in plain decimals. */
    static String wkt(GeoPoint p) {
        return "POINT(" + decimal(p.longitude()) + " " + decimal(p.latitude()) + ")";
    }

    private static String decimal(double degrees) {
        BigDecimal d = BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Literal of a date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Node dateLiteral(PartialDate date) {
        XSDDatatype type = date.day().isPresent() ? XSDDatatype.XSDdate
                : date.month().isPresent() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(date.iso(), type);
    }

    /** Adds triples for one article; knows the article's slug and node. */
    private final class Writer {
        final Graph graph;
        final String slug;
        final Node article;

        Writer(Graph graph, String slug, Node article) {
            this.graph = graph;
            this.slug = slug;
            this.article = article;
        }

        void add(Node s, Node p, Node o) {
            graph.add(s, p, o);
        }

        Node entityNode(Entity e) {
            return uri(iris.entity(e.kind(), e.key()));
        }

        void entity(Entity e, Extraction extraction) {
            Node node = entityNode(e);
            add(node, RDF.type.asNode(), entityClass(e.kind()));
            add(node, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
            add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
            e.altLabels().stream().filter(a -> !a.equals(e.label()))
                    .forEach(a -> add(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(a, "en")));
            e.roles().forEach(r -> add(node, PARLEY.role, NodeFactory.createLiteralString(r)));
            e.wikidata().ifPresent(q -> sameAs(node, uri(WIKIDATA_ENTITY + q)));
            e.geonames().ifPresent(g -> sameAs(node, uri(GEONAMES_FEATURE + g + "/")));
            e.isoCode().ifPresent(c -> add(node, PARLEY.isoCode, NodeFactory.createLiteralString(c)));
            e.point().ifPresent(p -> {
                Node geometry = uri(iris.geometry(e.kind(), e.key()));
                add(node, PARLEY.GEO.hasGeometry, geometry);
                add(geometry, RDF.type.asNode(), PARLEY.GEO.Geometry);
                add(geometry, RDFS.label.asNode(), NodeFactory.createLiteralLang("point of " + e.label(), "en"));
                add(geometry, PARLEY.GEO.asWKT, NodeFactory.createLiteralDT(wkt(p), WKT));
            });
            e.affiliation().ifPresent(k -> add(node, PARLEY.affiliation, entityNode(extraction.entity(k))));
            add(node, PARLEY.mentionedIn, article);
        }

        /** The same thing elsewhere, for OWL reasoners and for schema.org readers alike. */
        void sameAs(Node node, Node other) {
            add(node, OWL.sameAs.asNode(), other);
            add(node, PARLEY.SCHEMA.sameAs, other);
        }

        void event(Node node, String key, Extraction extraction, List<String> participants, PartialDate date,
                   EventStatus status, List<Evidence> evidence) {
            participants.forEach(k -> add(node, PARLEY.participant, entityNode(extraction.entity(k))));
            String names = String.join(", ", participants.stream().map(k -> extraction.entity(k).label()).toList());
            add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(names, "en"));
            if (date != null) {
                add(node, PARLEY.date, dateLiteral(date));
            }
            add(node, PARLEY.status, status(status));
            add(node, PARLEY.reportedIn, article);
            evidence(node, key, evidence);
        }

        void evidence(Node fact, String factKey, List<Evidence> evidence) {
            // One node per sentence span: a sentence cited twice for the same fact keeps its higher confidence.
            Map<String, Evidence> bySpan = new LinkedHashMap<>();
            for (Evidence ev : evidence) {
                bySpan.merge(ev.begin() + "-" + ev.end(), ev, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
            for (Evidence ev : bySpan.values()) {
                Node node = uri(iris.fact("evidence", slug, factKey + "-" + ev.begin() + "-" + ev.end()));
                add(fact, PARLEY.evidence, node);
                add(node, RDF.type.asNode(), PARLEY.Evidence);
                add(node, PARLEY.inArticle, article);
                add(node, PARLEY.sentenceText, NodeFactory.createLiteralString(ev.sentence()));
                add(node, PARLEY.beginIndex, NodeFactory.createLiteralDT(Integer.toString(ev.begin()), XSDDatatype.XSDnonNegativeInteger));
                add(node, PARLEY.endIndex, NodeFactory.createLiteralDT(Integer.toString(ev.end()), XSDDatatype.XSDnonNegativeInteger));
                // canonical lexical form, as TDB2 stores decimals inline: "0.900" would read back as "0.9"
                BigDecimal confidence = BigDecimal.valueOf(ev.confidence()).setScale(3, RoundingMode.HALF_UP);
                add(node, PARLEY.confidence, NodeValue.makeDecimal(confidence).asNode());
            }
        }
    }
}
