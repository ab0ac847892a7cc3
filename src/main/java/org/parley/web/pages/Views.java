package org.parley.web.pages;

import java.util.List;

/** What the templates show: plain strings and links, never RDF terms. */
public final class Views {
    private Views() {}

    /** What the page of a resource shows, by the resource's kind. */
    public sealed interface ResourcePage permits EntityView, EventView, DisputeView, ArticleView, ResourceView,
            CanonicalEventView, CanonicalDisputeView {}

    /** A link: a local path for Parley's own IRIs, the IRI itself for others. */
    public record Link(String href, String label) {}

    /** One statement about a resource: a property and either a link or a literal. */
    public record Statement(Link property, Link link, String literal) {}

    public record Description(List<Statement> outgoing, List<Statement> incoming) {}

    public record EventRow(Link event, String kind, String date, String status, String how) {}

    /** A dispute an entity has a part in, and when the article that reports it was published. */
    public record DisputeRow(Link dispute, String published, String how) {}

    /**
     * An entity's page. {@code sameAs} are its links out (Wikidata, GeoNames), labelled by dataset and id;
     * {@code isoCode} is empty unless it is a state or region; {@code located} holds its point, if any; {@code control}
     * is every article's word on who holds it, when it is a disputed territory.
     */
    public record EntityView(String iri, String label, List<String> kinds, List<String> altLabels, List<String> roles,
                             List<Link> sameAs, List<Link> affiliations, List<EventRow> events, List<DisputeRow> disputes,
                             List<Link> articles, Description description, String isoCode,
                             List<PlaceRow> located, History<ControlRow> control) implements ResourcePage {}

    public record Delegate(Link person, Link represents) {}

    /** An evidence sentence in its article, with some text either side. */
    public record EvidenceRow(Link article, String published, String before, String sentence, String after, String confidence) {}

    /**
     * One article's report of an event, as a row of the event's status history: the article and when it was
     * published, and the status, date and place it gave. {@code current} marks the report whose page shows the row.
     */
    public record ReportRow(Link report, Link article, String published, String status, String date, Link place,
                            boolean current) {}

    /**
     * One article's report of a dispute, as a row of who controlled the territory over time: the controller it
     * names (null when it names none), how much it holds, the claimants it names, and the sentences that say so.
     */
    public record ControlRow(Link report, Link article, String published, Link controller, String extent, String kind,
                             List<Link> claimants, List<String> sentences, boolean current) {}

    /**
     * Where a report stands among the others of its real-world event or dispute: the canonical node (null when the
     * store has none), the reports in order of publication, and the changes they record in one line
     * ("planned (reported 3 Jan 2025) → occurred (reported 10 Jan 2025)").
     */
    public record History<R>(Link canonical, List<R> rows, String changes) {}

    /** An article's meeting or call; {@code history} holds every article's report of the same real-world event. */
    public record EventView(String iri, String label, String kind, String meetingKind, String date, String status,
                            List<Link> parties, List<Delegate> delegates, List<Link> hosts, List<Link> mediators,
                            List<Link> places, List<PlaceRow> located, List<EvidenceRow> evidence,
                            History<ReportRow> history, Description description) implements ResourcePage {}

    /** An article's territorial dispute; {@code history} holds every article's word on who controls the territory. */
    public record DisputeView(String iri, String label, List<Link> territories, List<Link> claimants, List<Link> controllers,
                              String extent, String disputeKind, List<EvidenceRow> evidence, History<ControlRow> history,
                              Description description) implements ResourcePage {}

    /**
     * A real-world meeting or call across articles (the canonical layer): what the reports agree on, the status
     * of the latest report, and every report in order of publication.
     */
    public record CanonicalEventView(String iri, String label, String kind, String meetingKind, String date, String status,
                                     long sourceCount, Link latest, List<Link> parties, List<Link> places,
                                     List<PlaceRow> located, History<ReportRow> history,
                                     Description description) implements ResourcePage {}

    /** A territorial dispute across articles: the controller as the latest report names it, and every report's word. */
    public record CanonicalDisputeView(String iri, String label, String disputeKind, List<Link> territories,
                                       List<Link> claimants, List<Link> controllers, String extent, long sourceCount,
                                       Link latest, History<ControlRow> history,
                                       Description description) implements ResourcePage {}

    /** A run of article text, marked when evidence covers it, with the facts it supports. */
    public record Segment(String text, boolean marked, String facts) {}

    public record FactRow(Link fact, String kind, String date, String status) {}

    public record ArticleView(String iri, String headline, String published, String source, List<String> authors,
                              String publisher, List<Segment> text, List<FactRow> facts, List<Link> entities,
                              Description description) implements ResourcePage {}

    public record ResourceView(String iri, String label, Description description) implements ResourcePage {}

    /** A term of the ontology: its local name (the page anchor), what it is, its label and comment. */
    public record Term(String id, String kind, String label, String comment) {}

    public record OntologyView(String namespace, List<Term> terms) {}

    public record Count(String group, long count) {}

    public record ArticleRow(Link article, String published, String source) {}

    public record ActorRow(Link actor, long events) {}

    public record HomeView(List<Count> counts, List<ArticleRow> latest, List<ActorRow> actors) {}

    public record SearchView(String query, List<Link> hits) {}

    /** An example query from {@code queries/}: its file name, first comment line and text. */
    public record Example(String name, String title, String text) {}

    /** The query page: the base under which result IRIs become links into the pages, and the examples. */
    public record QueryView(String base, List<Example> examples) {}

    public record Edge(Link meeting, String date, String status, Link a, Link b) {}

    public record NetworkView(List<Edge> edges) {}

    /** A place of meetings; longitude and latitude are empty when the store has no point for it. */
    public record PlaceRow(Link place, long meetings, String lon, String lat) {}

    public record MapView(List<PlaceRow> places, long located) {}

    public record TimelineRow(Link item, String kind, String date, String status) {}

    public record TimelineView(List<TimelineRow> items) {}
}
