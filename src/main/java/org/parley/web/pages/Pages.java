package org.parley.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.config.ParleyConfig;
import org.parley.graph.PARLEY;
import org.parley.graph.ShaclCheck;
import org.parley.web.pages.Views.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the view of each page from the store, through {@link WebQueries}. */
@ApplicationScoped
public class Pages {
    /** Characters of article text shown either side of an evidence sentence. */
    private static final int CONTEXT = 160;
    /** How a history line writes a publication date. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final String GEONAMES_FEATURE = "https://sws.geonames.org/";
    private static final Set<Node> ACTORS = Set.of(PARLEY.Person, PARLEY.State, PARLEY.Organization, PARLEY.ArmedGroup);
    private static final Set<Node> PLACES = Set.of(PARLEY.Place, PARLEY.City, PARLEY.Region, PARLEY.Territory, PARLEY.Venue);
    private static final Set<Node> EVENTS = Set.of(PARLEY.Meeting, PARLEY.PhoneCall);

    private final WebQueries queries;
    private final String base;
    private final PrefixMapping prefixes;

    public Pages(WebQueries queries, ParleyConfig config) {
        this.queries = queries;
        this.base = config.baseIri();
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("skos", SKOS.getURI()).setNsPrefix("parley", PARLEY.NS)
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#");
    }

    /** What a page shows about a resource, by its kind; empty when the store knows nothing of it. */
    public Optional<ResourcePage> page(String iri) {
        Node resource = NodeFactory.createURI(iri);
        Map<String, Node> at = Map.of("resource", resource);
        if (!queries.ask("exists", at)) {
            return Optional.empty();
        }
        List<Binding> outgoing = queries.select("outgoing", at);
        List<Binding> incoming = queries.select("incoming", at);
        Set<Node> types = values(outgoing, RDF.Nodes.type);
        Description description = description(outgoing, incoming);
        String label = label(outgoing).orElse(iri);
        if (types.contains(PARLEY.Article)) {
            return Optional.of(article(resource, outgoing, description));
        }
        if (types.contains(PARLEY.CanonicalMeeting) || types.contains(PARLEY.CanonicalCall)) {
            return Optional.of(canonicalEvent(resource, label, types, outgoing, description));
        }
        if (types.contains(PARLEY.CanonicalDispute)) {
            return Optional.of(canonicalDispute(resource, label, outgoing, description));
        }
        if (types.stream().anyMatch(EVENTS::contains)) {
            return Optional.of(event(resource, label, types, outgoing, description));
        }
        if (types.contains(PARLEY.TerritorialDispute)) {
            return Optional.of(dispute(resource, label, outgoing, description));
        }
        if (types.stream().anyMatch(t -> ACTORS.contains(t) || PLACES.contains(t))) {
            return Optional.of(entity(resource, label, types, outgoing, description));
        }
        return Optional.of(new ResourceView(iri, label, description));
    }

    private EntityView entity(Node resource, String label, Set<Node> types, List<Binding> outgoing, Description description) {
        Map<String, Node> at = Map.of("resource", resource);
        Map<String, EventRow> events = new LinkedHashMap<>();
        for (Binding row : queries.select("events-of", at)) {
            String iri = row.get("event").getURI();
            EventRow seen = events.get(iri);
            String how = seen == null ? text(row, "how") : seen.how() + ", " + text(row, "how");
            events.put(iri, new EventRow(link(row.get("event"), row.get("label")), kindOf(row.get("type")),
                    text(row, "date"), text(row, "status"), how));
        }
        Map<String, DisputeRow> disputes = new LinkedHashMap<>();
        for (Binding row : queries.select("disputes-of", at)) {
            String iri = row.get("dispute").getURI();
            DisputeRow seen = disputes.get(iri);
            disputes.put(iri, new DisputeRow(link(row.get("dispute"), row.get("label")), text(row, "published"),
                    seen == null ? text(row, "how") : seen.how() + ", " + text(row, "how")));
        }
        return new EntityView(resource.getURI(), label, types.stream().map(this::kindOf).sorted().toList(),
                literals(outgoing, SKOS.altLabel.asNode()), literals(outgoing, PARLEY.role),
                links(outgoing, OWL.sameAs.asNode()).stream().map(Pages::linkOut).toList(), links(outgoing, PARLEY.affiliation),
                List.copyOf(events.values()), List.copyOf(disputes.values()), links(outgoing, PARLEY.mentionedIn), description,
                firstLiteral(outgoing, PARLEY.isoCode), point(resource, label),
                territoryControl(resource));
    }

    /** The entity's own point, as a one-row list for the small map on its page. */
    private List<PlaceRow> point(Node resource, String label) {
        List<PlaceRow> rows = new ArrayList<>();
        for (Binding r : queries.select("entity-point", Map.of("resource", resource))) {
            String[] point = point(text(r, "wkt"));
            if (!point[0].isEmpty()) {
                rows.add(new PlaceRow(new Link(href(resource.getURI()), label), 0, point[0], point[1]));
            }
        }
        return rows;
    }

    /** A link into another dataset, labelled by the dataset and the id there ("Wikidata Q42"). */
    static Link linkOut(Link link) {
        String href = link.href();
        if (href.startsWith(WIKIDATA_ENTITY)) {
            return new Link(href, "Wikidata " + href.substring(WIKIDATA_ENTITY.length()));
        }
        if (href.startsWith(GEONAMES_FEATURE)) {
            return new Link(href, "GeoNames " + href.substring(GEONAMES_FEATURE.length()).replace("/", ""));
        }
        return link;
    }

    private EventView event(Node resource, String label, Set<Node> types, List<Binding> outgoing, Description description) {
        Map<String, Node> at = Map.of("resource", resource);
        List<Delegate> delegates = queries.select("delegations", at).stream()
                .map(r -> new Delegate(link(r.get("delegate"), r.get("delegateLabel")),
                        r.get("represents") == null ? null : link(r.get("represents"), r.get("representsLabel"))))
                .toList();
        String kind = types.contains(PARLEY.PhoneCall) ? "phone call" : "meeting";
        return new EventView(resource.getURI(), label, kind, first(outgoing, PARLEY.meetingKind),
                firstLiteral(outgoing, PARLEY.date), first(outgoing, PARLEY.status),
                links(outgoing, PARLEY.participant), delegates, links(outgoing, PARLEY.host),
                links(outgoing, PARLEY.mediator), links(outgoing, PARLEY.place), located(at), evidence(at),
                statusHistory(canonicalOf(resource), resource), description);
    }

    /** The event's places that have a point, for the small map on its page. */
    private List<PlaceRow> located(Map<String, Node> at) {
        List<PlaceRow> rows = new ArrayList<>();
        for (Binding r : queries.select("event-places", at)) {
            String[] point = point(text(r, "wkt"));
            if (!point[0].isEmpty()) {
                rows.add(new PlaceRow(link(r.get("place"), r.get("label")), 1, point[0], point[1]));
            }
        }
        return rows;
    }

    private DisputeView dispute(Node resource, String label, List<Binding> outgoing, Description description) {
        return new DisputeView(resource.getURI(), label, links(outgoing, PARLEY.territory), links(outgoing, PARLEY.claimant),
                links(outgoing, PARLEY.controller), firstLiteral(outgoing, PARLEY.controlExtent),
                first(outgoing, PARLEY.disputeKind), evidence(Map.of("resource", resource)),
                controlHistory(canonicalOf(resource), resource), description);
    }

    private CanonicalEventView canonicalEvent(Node resource, String label, Set<Node> types, List<Binding> outgoing,
                                              Description description) {
        String kind = types.contains(PARLEY.CanonicalCall) ? "phone call" : "meeting";
        return new CanonicalEventView(resource.getURI(), label, kind, first(outgoing, PARLEY.meetingKind),
                firstLiteral(outgoing, PARLEY.date), first(outgoing, PARLEY.status), sourceCount(outgoing),
                links(outgoing, PARLEY.latestReport).stream().findFirst().orElse(null), links(outgoing, PARLEY.participant),
                links(outgoing, PARLEY.place), located(Map.of("resource", resource)),
                statusHistory(Optional.of(new Canonical(resource, new Link(href(resource.getURI()), label))), null), description);
    }

    private CanonicalDisputeView canonicalDispute(Node resource, String label, List<Binding> outgoing, Description description) {
        return new CanonicalDisputeView(resource.getURI(), label, first(outgoing, PARLEY.disputeKind),
                links(outgoing, PARLEY.territory), links(outgoing, PARLEY.claimant), links(outgoing, PARLEY.controller),
                firstLiteral(outgoing, PARLEY.controlExtent), sourceCount(outgoing),
                links(outgoing, PARLEY.latestReport).stream().findFirst().orElse(null),
                controlHistory(Optional.of(new Canonical(resource, new Link(href(resource.getURI()), label))), null), description);
    }

    private static long sourceCount(List<Binding> outgoing) {
        String n = firstLiteral(outgoing, PARLEY.sourceCount);
        return n == null ? 0 : Long.parseLong(n);
    }

    /** A canonical event or dispute, and the link to its page. */
    private record Canonical(Node node, Link link) {}

    /** The canonical event or dispute one article's report belongs to; empty before the canonical layer is built. */
    private Optional<Canonical> canonicalOf(Node report) {
        return queries.select("canonical-of", Map.of("resource", report)).stream().findFirst()
                .map(r -> new Canonical(r.get("canonical"), link(r.get("canonical"), r.get("label"))));
    }

    /** Every report of the canonical event, in order of publication; {@code current} is the report being shown. */
    private History<ReportRow> statusHistory(Optional<Canonical> canonical, Node current) {
        if (canonical.isEmpty()) {
            return new History<>(null, List.of(), "");
        }
        Map<String, ReportRow> rows = new LinkedHashMap<>();
        for (Binding r : queries.select("status-history", Map.of("canonical", canonical.get().node()))) {
            // a place named differently by two graphs would repeat the row: the first name stands
            rows.putIfAbsent(r.get("report").getURI(), new ReportRow(link(r.get("report"), r.get("reportLabel")),
                    link(r.get("article"), r.get("headline")), text(r, "published"), text(r, "status"), text(r, "date"),
                    r.get("place") == null ? null : link(r.get("place"), r.get("placeLabel")),
                    r.get("report").equals(current)));
        }
        List<ReportRow> list = List.copyOf(rows.values());
        return new History<>(canonical.get().link(), list,
                changes(list.stream().map(r -> new Reported(r.status(), r.published())).toList()));
    }

    /** Every report of the canonical dispute, in order of publication, with who it says holds the territory. */
    private History<ControlRow> controlHistory(Optional<Canonical> canonical, Node current) {
        if (canonical.isEmpty()) {
            return new History<>(null, List.of(), "");
        }
        List<ControlRow> rows = controlRows(queries.select("control-history", Map.of("canonical", canonical.get().node())), current);
        return new History<>(canonical.get().link(), rows, controlChanges(rows));
    }

    /** Every article's word on who holds the territory {@code resource}, whichever dispute it reports. */
    private History<ControlRow> territoryControl(Node resource) {
        List<ControlRow> rows = controlRows(queries.select("territory-control", Map.of("resource", resource)), null);
        return new History<>(null, rows, controlChanges(rows));
    }

    private static String controlChanges(List<ControlRow> rows) {
        return changes(rows.stream().map(r -> new Reported(r.controller() == null ? null : r.controller().label(), r.published()))
                .toList());
    }

    /** Rows of control-history.rq or territory-control.rq, one per report, its sentences gathered in text order. */
    private List<ControlRow> controlRows(List<Binding> bindings, Node current) {
        // a report comes back once per claimant and sentence
        final class Row {
            final Binding first;
            final Map<String, Link> claimants = new LinkedHashMap<>();
            final Set<String> sentences = new LinkedHashSet<>();

            Row(Binding first) {
                this.first = first;
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Binding r : bindings) {
            Row row = rows.computeIfAbsent(r.get("report").getURI(), k -> new Row(r));
            if (r.get("claimant") != null) {
                row.claimants.putIfAbsent(r.get("claimant").getURI(), link(r.get("claimant"), r.get("claimantLabel")));
            }
            if (r.get("sentence") != null) {
                row.sentences.add(text(r, "sentence"));
            }
        }
        return rows.values().stream().map(row -> {
            Binding r = row.first;
            return new ControlRow(link(r.get("report"), r.get("reportLabel")), link(r.get("article"), r.get("headline")),
                    text(r, "published"), r.get("controller") == null ? null : link(r.get("controller"), r.get("controllerLabel")),
                    text(r, "extent"), text(r, "kind"), List.copyOf(row.claimants.values()), List.copyOf(row.sentences),
                    r.get("report").equals(current));
        }).toList();
    }

    /** A value (a status, a controller's name; null when the report gives none) and when its article was published. */
    record Reported(String value, String published) {}

    /**
     * The changes a run of reports records, in one line: each value with the publication date of the first report
     * that gave it, a repeat of the value before it left out ("planned (reported 3 Jan 2025) → occurred (reported
     * 10 Jan 2025)"). Reports that give no value change nothing.
     */
    static String changes(List<Reported> reports) {
        List<String> steps = new ArrayList<>();
        String last = null;
        for (Reported r : reports) {
            if (r.value() == null || r.value().equals(last)) {
                continue;
            }
            last = r.value();
            steps.add(r.published() == null ? last + " (publication date unknown)" : last + " (reported " + day(r.published()) + ")");
        }
        return String.join(" → ", steps);
    }

    /** An xsd:date as a reader writes it ("3 Jan 2025"); anything else as it stands. */
    static String day(String iso) {
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private ArticleView article(Node resource, List<Binding> outgoing, Description description) {
        Map<String, Node> at = Map.of("resource", resource);
        String text = firstLiteral(outgoing, PARLEY.text);
        List<Binding> spans = queries.select("article-spans", at);
        List<FactRow> facts = queries.select("article-facts", at).stream()
                .map(r -> new FactRow(link(r.get("fact"), r.get("label")), kindOf(r.get("type")), text(r, "date"), text(r, "status")))
                .toList();
        Map<String, Link> entities = new LinkedHashMap<>();
        for (Binding r : queries.select("article-entities", at)) {
            entities.putIfAbsent(r.get("entity").getURI(), link(r.get("entity"), r.get("label")));
        }
        return new ArticleView(resource.getURI(), Optional.ofNullable(firstLiteral(outgoing, PARLEY.headline)).orElse(resource.getURI()),
                firstLiteral(outgoing, PARLEY.published), firstLiteral(outgoing, PARLEY.sourceLocation),
                literals(outgoing, PARLEY.authorName), firstLiteral(outgoing, PARLEY.publisherName),
                segments(text == null ? "" : text, spans), facts, List.copyOf(entities.values()), description);
    }

    /**
     * The article text cut at every evidence boundary, each piece marked when a sentence covers it. Offsets are
     * UTF-16 indexes, as Java strings count; spans outside the text are clipped.
     */
    static List<Segment> segments(String text, List<Binding> spans) {
        record Span(int begin, int end, String fact) {}
        List<Span> list = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Binding r : spans) {
            int b = clip(integer(r.get("begin")), text.length());
            int e = clip(integer(r.get("end")), text.length());
            if (b < e) {
                Node label = r.get("factLabel");
                list.add(new Span(b, e, label == null ? r.get("fact").getURI() : label.getLiteralLexicalForm()));
                cuts.add(b);
                cuts.add(e);
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int f = from;
            int t = to;
            Set<String> facts = list.stream().filter(s -> s.begin <= f && s.end >= t).map(Span::fact)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            segments.add(new Segment(text.substring(f, t), !facts.isEmpty(), String.join("; ", facts)));
            from = to;
        }
        return segments;
    }

    private List<EvidenceRow> evidence(Map<String, Node> at) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Binding r : queries.select("evidence-of", at)) {
            String text = text(r, "text");
            String sentence = text(r, "sentence");
            String before = "";
            String after = "";
            if (text != null) {
                int b = clip(integer(r.get("begin")), text.length());
                int e = clip(integer(r.get("end")), text.length());
                if (b < e) {
                    sentence = text.substring(b, e);
                    before = (b > CONTEXT ? "…" : "") + text.substring(Math.max(0, b - CONTEXT), b);
                    after = text.substring(e, Math.min(text.length(), e + CONTEXT)) + (e + CONTEXT < text.length() ? "…" : "");
                }
            }
            rows.add(new EvidenceRow(link(r.get("article"), r.get("headline")), text(r, "published"), before, sentence, after,
                    text(r, "confidence")));
        }
        return rows;
    }

    public HomeView home() {
        Map<String, Long> byGroup = new LinkedHashMap<>();
        for (String g : List.of("articles", "meetings", "calls", "disputes", "people", "states", "organisations", "places")) {
            byGroup.put(g, 0L);
        }
        for (Binding r : queries.select("counts", Map.of())) {
            byGroup.put(text(r, "group"), integer(r.get("n")));
        }
        List<Count> counts = byGroup.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        List<ArticleRow> latest = queries.select("latest-articles", Map.of()).stream()
                .map(r -> new ArticleRow(link(r.get("article"), r.get("headline")), text(r, "published"), text(r, "source")))
                .toList();
        List<ActorRow> actors = queries.select("top-actors", Map.of()).stream()
                .map(r -> new ActorRow(link(r.get("actor"), r.get("label")), integer(r.get("events"))))
                .toList();
        return new HomeView(counts, latest, actors);
    }

    public SearchView search(String q) {
        String wanted = q == null ? "" : q.strip();
        if (wanted.isEmpty()) {
            return new SearchView("", List.of());
        }
        List<Link> hits = queries.select("search", Map.of("q", NodeFactory.createLiteralString(wanted),
                        "base", NodeFactory.createLiteralString(base))).stream()
                .map(r -> link(r.get("resource"), r.get("label")))
                .toList();
        return new SearchView(wanted, hits);
    }

    public QueryView query(List<Example> examples) {
        return new QueryView(base, examples);
    }

    public NetworkView network() {
        return new NetworkView(queries.select("network", Map.of()).stream()
                .map(r -> new Edge(link(r.get("meeting"), null), text(r, "date"), text(r, "status"),
                        link(r.get("a"), r.get("aLabel")), link(r.get("b"), r.get("bLabel"))))
                .toList());
    }

    public MapView map() {
        List<PlaceRow> places = new ArrayList<>();
        for (Binding r : queries.select("places", Map.of())) {
            String[] point = point(text(r, "wkt"));
            places.add(new PlaceRow(link(r.get("place"), r.get("label")), integer(r.get("meetings")), point[0], point[1]));
        }
        return new MapView(places, places.stream().filter(p -> !p.lon().isEmpty()).count());
    }

    public TimelineView timeline() {
        return new TimelineView(queries.select("timeline", Map.of()).stream()
                .map(r -> new TimelineRow(link(r.get("item"), r.get("label")), kindOf(r.get("type")), text(r, "date"), text(r, "status")))
                .toList());
    }

    /** The ontology's classes and properties, in the order of their local names. */
    public OntologyView ontology() {
        Graph g = ShaclCheck.get().ontology();
        Map<String, Term> terms = new java.util.TreeMap<>();
        g.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(PARLEY.NS) && s.getURI().length() > PARLEY.NS.length()) {
                String id = s.getURI().substring(PARLEY.NS.length());
                terms.merge(id, new Term(id, prefixes.shortForm(t.getObject().getURI()), literal(g, s, RDFS.label.asNode()),
                        literal(g, s, RDFS.comment.asNode())), (a, b) -> a);
            }
        });
        return new OntologyView(PARLEY.NS, List.copyOf(terms.values()));
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    /** Longitude and latitude of a WKT {@code POINT(lon lat)}, or two empty strings. */
    static String[] point(String wkt) {
        if (wkt != null) {
            var m = java.util.regex.Pattern.compile("(?i)POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)").matcher(wkt);
            if (m.find()) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return new String[] {"", ""};
    }

    private Description description(List<Binding> outgoing, List<Binding> incoming) {
        List<Statement> out = new ArrayList<>();
        for (Binding r : distinctBy(outgoing, "o")) {
            Node o = r.get("o");
            Link property = property(r.get("p"));
            out.add(o.isURI() ? new Statement(property, link(o, r.get("label")), null)
                    : new Statement(property, null, o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()));
        }
        List<Statement> in = distinctBy(incoming, "s").stream()
                .map(r -> new Statement(property(r.get("p")), link(r.get("s"), r.get("label")), null))
                .toList();
        return new Description(out, in);
    }

    /** One row per (property, value): a resource with several labels in the union would repeat. */
    private static List<Binding> distinctBy(List<Binding> rows, String valueVar) {
        Map<String, Binding> seen = new LinkedHashMap<>();
        for (Binding r : rows) {
            seen.putIfAbsent(r.get("p") + " " + r.get(valueVar), r);
        }
        return List.copyOf(seen.values());
    }

    private Link property(Node p) {
        return new Link(href(p.getURI()), prefixes.shortForm(p.getURI()));
    }

    /** A link to a node, labelled by {@code label} when given, else by its short form. */
    Link link(Node node, Node label) {
        String iri = node.getURI();
        String text = label != null && label.isLiteral() ? label.getLiteralLexicalForm() : prefixes.shortForm(iri);
        return new Link(href(iri), text);
    }

    /** Parley's own IRIs become paths of this server, so that pages work whatever host serves them. */
    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(PARLEY.NS)) {
            return "/ont#" + iri.substring(PARLEY.NS.length());
        }
        return iri;
    }

    private String kindOf(Node type) {
        if (type == null) {
            return "";
        }
        String uri = type.getURI();
        return uri.startsWith(PARLEY.NS) ? uri.substring(PARLEY.NS.length()) : prefixes.shortForm(uri);
    }

    private static Optional<String> label(List<Binding> outgoing) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), PARLEY.headline)) {
            String l = firstLiteral(outgoing, p);
            if (l != null) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static Set<Node> values(List<Binding> outgoing, Node property) {
        return outgoing.stream().filter(r -> r.get("p").equals(property)).map(r -> r.get("o"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String firstLiteral(List<Binding> outgoing, Node property) {
        List<String> all = literals(outgoing, property);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> literals(List<Binding> outgoing, Node property) {
        return values(outgoing, property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().toList();
    }

    /** The label of the first resource value of a property, such as a status or kind concept. */
    private static String first(List<Binding> outgoing, Node property) {
        return outgoing.stream().filter(r -> r.get("p").equals(property) && r.get("o").isURI()).findFirst()
                .map(r -> r.get("label") != null ? r.get("label").getLiteralLexicalForm() : r.get("o").getLocalName())
                .orElse(null);
    }

    private List<Link> links(List<Binding> outgoing, Node property) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Binding r : outgoing) {
            if (r.get("p").equals(property) && r.get("o").isURI()) {
                links.putIfAbsent(r.get("o").getURI(), link(r.get("o"), r.get("label")));
            }
        }
        return List.copyOf(links.values());
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long integer(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private static int clip(long value, int length) {
        return (int) Math.max(0, Math.min(value, length));
    }
}
