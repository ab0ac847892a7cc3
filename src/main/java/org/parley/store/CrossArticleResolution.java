package org.parley.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.config.ParleyConfig;
import org.parley.domain.EventReport;
import org.parley.domain.EventStatus;
import org.parley.domain.KnownEntity;
import org.parley.domain.PartialDate;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.PARLEY;
import org.parley.resolve.EntityLinker;
import org.parley.resolve.EventClustering;
import org.parley.resolve.Iris;
import org.parley.resolve.Overrides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cross-article pass over the embedded store: gives an article's entities the IRIs they already have in
 * other articles, and keeps the canonical layer (one node per real-world event or dispute, in its own named
 * graph) in step with the article graphs.
 * <p>
 * It lives in {@code store} because it reads and writes the store; the decisions (which names are one
 * entity, which reports one event) are pure functions of {@code resolve} ({@link EntityLinker},
 * {@link EventClustering}) that this class feeds with what the graphs say. Every method runs inside the
 * caller's write transaction, so an article, its entity links and the canonical layer change together.
 */
@ApplicationScoped
public class CrossArticleResolution {
    private final Iris iris;
    private final EntityLinker linker;
    private final Node canonical;

    @Inject
    public CrossArticleResolution(ParleyConfig config) {
        this(new Iris(config.baseIri()), Overrides.read(config.resolve().overrides()));
    }

    public CrossArticleResolution(Iris iris, Overrides overrides) {
        this.iris = iris;
        this.linker = new EntityLinker(overrides);
        this.canonical = NodeFactory.createURI(iris.canonicalGraph());
    }

    /** The named graph of the canonical layer. */
    public Node canonicalGraph() {
        return canonical;
    }

    /** What a whole-store resolution changed. */
    public record Summary(int articles, int entities, int renamed, int meetings, int calls, int disputes,
                          int possiblySame) {}

    /**
     * Replaces article graph {@code name} by {@code content} with its entities linked to the store's, and
     * rebuilds the canonical events and disputes that the old or new graph reports. Call inside a write transaction.
     */
    void write(DatasetGraph dsg, Node name, Graph content) {
        Blocks before = blocks(dsg.getGraph(name));
        List<KnownEntity> incoming = entities(content, name.getURI());
        long version = dataVersion(dsg);
        Map<String, List<KnownEntity>> index = index(dsg, version);
        List<KnownEntity> known = new ArrayList<>();
        index.forEach((g, list) -> {
            if (!g.equals(name.getURI())) {
                known.addAll(list);
            }
        });
        EntityLinker.Links links = linker.link(incoming, known);
        Map<Node, Node> rename = new HashMap<>();
        List<KnownEntity> linked = new ArrayList<>();
        for (KnownEntity e : incoming) {
            String id = links.ids().get(EntityLinker.ref(e));
            linked.add(new KnownEntity(id, e.article(), e.names(), e.roles(), e.affiliation()));
            if (!id.equals(e.id())) {
                rename.put(NodeFactory.createURI(iris.entity(e.id())), NodeFactory.createURI(iris.entity(id)));
            }
        }
        index.put(name.getURI(), linked);
        // valid for the next transaction if this one commits (a commit advances the version by one)
        cache = version < 0 ? null : new Cache(dsg, version + 1, index);
        dsg.removeGraph(name);
        content.find().forEachRemaining(t -> dsg.add(name, map(t.getSubject(), rename), t.getPredicate(),
                map(t.getObject(), rename)));
        for (List<String> pair : links.possible()) {
            dsg.add(canonical, NodeFactory.createURI(iris.entity(pair.get(0))), SKOS.closeMatch.asNode(),
                    NodeFactory.createURI(iris.entity(pair.get(1))));
        }
        Blocks after = blocks(dsg.getGraph(name));
        before.addAll(after);
        for (Set<Node> parties : before.meetings) {
            rebuild(dsg, Kind.MEETING, parties.iterator().next(), parties);
        }
        for (Set<Node> parties : before.calls) {
            rebuild(dsg, Kind.CALL, parties.iterator().next(), parties);
        }
        for (Node territory : before.territories) {
            rebuild(dsg, Kind.DISPUTE, territory, null);
        }
    }

    /**
     * Resolves the whole store afresh: every article's entities re-linked with the current rules and overrides
     * (IRIs renamed in the article graphs where they change), and the canonical layer rebuilt from scratch.
     * The result depends only on the article graphs, not on the order they came in. Call inside a write transaction.
     */
    public Summary resolveAll(DatasetGraph dsg) {
        cache = null;
        List<Node> graphs = articleGraphs(dsg);
        List<KnownEntity> all = new ArrayList<>();
        for (Node g : graphs) {
            all.addAll(entities(dsg.getGraph(g), g.getURI()));
        }
        EntityLinker.Links links = linker.resolveAll(all);
        int renamed = 0;
        Set<String> distinct = new TreeSet<>(links.ids().values());
        Map<String, Map<Node, Node>> renames = new HashMap<>();
        for (KnownEntity e : all) {
            String id = links.ids().get(EntityLinker.ref(e));
            if (!id.equals(e.id())) {
                renames.computeIfAbsent(e.article(), a -> new HashMap<>())
                        .put(NodeFactory.createURI(iris.entity(e.id())), NodeFactory.createURI(iris.entity(id)));
                renamed++;
            }
        }
        for (Map.Entry<String, Map<Node, Node>> r : renames.entrySet()) {
            Node g = NodeFactory.createURI(r.getKey());
            List<Quad> quads = new ArrayList<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            dsg.removeGraph(g);
            for (Quad q : quads) {
                dsg.add(g, map(q.getSubject(), r.getValue()), q.getPredicate(), map(q.getObject(), r.getValue()));
            }
        }
        dsg.removeGraph(canonical);
        for (List<String> pair : links.possible()) {
            dsg.add(canonical, NodeFactory.createURI(iris.entity(pair.get(0))), SKOS.closeMatch.asNode(),
                    NodeFactory.createURI(iris.entity(pair.get(1))));
        }
        int meetings = write(dsg, Kind.MEETING, EventClustering.meetings(reports(dsg, Kind.MEETING, null, null)));
        int calls = write(dsg, Kind.CALL, EventClustering.meetings(reports(dsg, Kind.CALL, null, null)));
        int disputes = write(dsg, Kind.DISPUTE, EventClustering.disputes(reports(dsg, Kind.DISPUTE, null, null)));
        return new Summary(graphs.size(), distinct.size(), renamed, meetings, calls, disputes, links.possible().size());
    }

    private static Node map(Node n, Map<Node, Node> rename) {
        return rename.getOrDefault(n, n);
    }

    // ---------------------------------------------------------------------------------------------------- entities

    /** Every article graph: the named graphs but the ontology's and the canonical one. */
    private List<Node> articleGraphs(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(PARLEY.ONTOLOGY) && !g.equals(canonical)) {
                out.add(g);
            }
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /** The entities one article graph describes. */
    private List<KnownEntity> entities(Graph g, String article) {
        Map<Node, Described> byNode = new LinkedHashMap<>();
        g.find(Node.ANY, PARLEY.mentionedIn, Node.ANY).forEachRemaining(t -> describe(byNode, t.getSubject()));
        fill(byNode, g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY), (d, o) -> d.pref = o.getLiteralLexicalForm());
        fill(byNode, g.find(Node.ANY, SKOS.altLabel.asNode(), Node.ANY), (d, o) -> d.alt.add(o.getLiteralLexicalForm()));
        fill(byNode, g.find(Node.ANY, PARLEY.role, Node.ANY), (d, o) -> d.roles.add(o.getLiteralLexicalForm()));
        fill(byNode, g.find(Node.ANY, PARLEY.affiliation, Node.ANY), (d, o) -> d.affiliation = idOf(o));
        return known(byNode, article);
    }

    /**
     * The store's entities by article graph, as of the data version of this transaction. Reading them costs a scan
     * of the store, so they are kept from one write to the next while no one else has written in between: every
     * committed write advances the TDB2 data version by one, and any other version means reading afresh.
     */
    private record Cache(DatasetGraph dsg, long version, Map<String, List<KnownEntity>> byGraph) {}

    private volatile Cache cache;

    private Map<String, List<KnownEntity>> index(DatasetGraph dsg, long version) {
        Cache c = cache;
        if (c != null && c.dsg == dsg && version >= 0 && c.version == version) {
            return c.byGraph;
        }
        return entities(dsg);
    }

    /** The data version this write transaction started from; -1 when the dataset is not TDB2. */
    private static long dataVersion(DatasetGraph dsg) {
        try {
            var tdb = TDBInternal.getDatasetGraphTDB(dsg);
            var txn = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
            return txn == null ? -1 : txn.getDataVersion();
        } catch (RuntimeException e) {
            return -1; // not a TDB2 dataset: no cache
        }
    }

    /** The entities of every article graph, read with one scan per property. */
    private Map<String, List<KnownEntity>> entities(DatasetGraph dsg) {
        Map<Node, Map<Node, Described>> byGraph = new LinkedHashMap<>();
        dsg.find(Node.ANY, Node.ANY, PARLEY.mentionedIn, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(canonical)) {
                describe(byGraph.computeIfAbsent(q.getGraph(), x -> new LinkedHashMap<>()), q.getSubject());
            }
        });
        fillAll(byGraph, dsg.find(Node.ANY, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY), (d, o) -> d.pref = o.getLiteralLexicalForm());
        fillAll(byGraph, dsg.find(Node.ANY, Node.ANY, SKOS.altLabel.asNode(), Node.ANY), (d, o) -> d.alt.add(o.getLiteralLexicalForm()));
        fillAll(byGraph, dsg.find(Node.ANY, Node.ANY, PARLEY.role, Node.ANY), (d, o) -> d.roles.add(o.getLiteralLexicalForm()));
        fillAll(byGraph, dsg.find(Node.ANY, Node.ANY, PARLEY.affiliation, Node.ANY), (d, o) -> d.affiliation = idOf(o));
        Map<String, List<KnownEntity>> out = new HashMap<>();
        byGraph.forEach((g, nodes) -> out.put(g.getURI(), known(nodes, g.getURI())));
        return out;
    }

    private static final class Described {
        final String id;
        String pref;
        final Set<String> alt = new TreeSet<>();
        final Set<String> roles = new TreeSet<>();
        Optional<String> affiliation = Optional.empty();

        Described(String id) {
            this.id = id;
        }
    }

    private void describe(Map<Node, Described> byNode, Node s) {
        if (s.isURI()) {
            iris.entityId(s.getURI()).ifPresent(id -> byNode.putIfAbsent(s, new Described(id)));
        }
    }

    private Optional<String> idOf(Node o) {
        return o.isURI() ? iris.entityId(o.getURI()) : Optional.empty();
    }

    private static void fill(Map<Node, Described> byNode, Iterator<Triple> it,
                             java.util.function.BiConsumer<Described, Node> set) {
        it.forEachRemaining(t -> {
            Described d = byNode.get(t.getSubject());
            if (d != null) {
                set.accept(d, t.getObject());
            }
        });
    }

    private static void fillAll(Map<Node, Map<Node, Described>> byGraph, Iterator<Quad> it,
                             java.util.function.BiConsumer<Described, Node> set) {
        it.forEachRemaining(q -> {
            Map<Node, Described> nodes = byGraph.get(q.getGraph());
            Described d = nodes == null ? null : nodes.get(q.getSubject());
            if (d != null) {
                set.accept(d, q.getObject());
            }
        });
    }

    private static List<KnownEntity> known(Map<Node, Described> byNode, String article) {
        List<KnownEntity> out = new ArrayList<>();
        for (Described d : byNode.values()) {
            if (d.pref == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(d.pref);
            d.alt.stream().filter(a -> !a.equals(d.pref)).forEach(names::add);
            out.add(new KnownEntity(d.id, article, names, List.copyOf(d.roles), d.affiliation));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- canonical events

    private enum Kind {
        MEETING(PARLEY.Meeting, PARLEY.CanonicalMeeting, PARLEY.participant, "meeting"),
        CALL(PARLEY.PhoneCall, PARLEY.CanonicalCall, PARLEY.participant, "call"),
        DISPUTE(PARLEY.TerritorialDispute, PARLEY.CanonicalDispute, PARLEY.territory, "dispute");

        final Node reportClass;
        final Node canonicalClass;
        /** The property that blocks reports: a participant, or the territory. */
        final Node key;
        final String slug;

        Kind(Node reportClass, Node canonicalClass, Node key, String slug) {
            this.reportClass = reportClass;
            this.canonicalClass = canonicalClass;
            this.key = key;
            this.slug = slug;
        }
    }

    /** The party sets and territories an article graph reports: the blocks the canonical layer rebuilds. */
    private static final class Blocks {
        final Set<Set<Node>> meetings = new LinkedHashSet<>();
        final Set<Set<Node>> calls = new LinkedHashSet<>();
        final Set<Node> territories = new LinkedHashSet<>();

        void addAll(Blocks o) {
            meetings.addAll(o.meetings);
            calls.addAll(o.calls);
            territories.addAll(o.territories);
        }
    }

    private static Blocks blocks(Graph g) {
        Blocks b = new Blocks();
        g.find(Node.ANY, RDF.type.asNode(), PARLEY.Meeting).forEachRemaining(t -> b.meetings.add(parties(g, t.getSubject())));
        g.find(Node.ANY, RDF.type.asNode(), PARLEY.PhoneCall).forEachRemaining(t -> b.calls.add(parties(g, t.getSubject())));
        g.find(Node.ANY, PARLEY.territory, Node.ANY).forEachRemaining(t -> b.territories.add(t.getObject()));
        b.meetings.removeIf(Set::isEmpty);
        b.calls.removeIf(Set::isEmpty);
        return b;
    }

    private static Set<Node> parties(Graph g, Node event) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(event, PARLEY.participant, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** Rebuilds the canonical nodes of one block: the events with these parties, or the disputes over this territory. */
    private void rebuild(DatasetGraph dsg, Kind kind, Node keyNode, Set<Node> parties) {
        List<Node> stale = new ArrayList<>();
        dsg.find(canonical, Node.ANY, kind.key, keyNode).forEachRemaining(q -> {
            Node s = q.getSubject();
            if (dsg.contains(canonical, s, RDF.type.asNode(), kind.canonicalClass)
                    && (parties == null || parties(dsg.getGraph(canonical), s).equals(parties))) {
                stale.add(s);
            }
        });
        Set<Triple> before = new LinkedHashSet<>();
        for (Node s : stale) {
            dsg.find(canonical, s, Node.ANY, Node.ANY).forEachRemaining(q -> before.add(q.asTriple()));
        }
        List<EventReport> reports = reports(dsg, kind, keyNode, parties);
        Graph after = GraphFactory.createDefaultGraph();
        write(dsg, after, kind, kind == Kind.DISPUTE ? EventClustering.disputes(reports) : EventClustering.meetings(reports));
        // only what changed: a dispute over a much-reported territory gains one report, not a rewrite
        for (Triple t : before) {
            if (!after.contains(t)) {
                dsg.delete(canonical, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        after.find().forEachRemaining(t -> {
            if (!before.contains(t)) {
                dsg.add(canonical, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /** The reports of one kind in the article graphs: all of them, or those of one block. */
    private List<EventReport> reports(DatasetGraph dsg, Kind kind, Node keyNode, Set<Node> parties) {
        List<Quad> hits = new ArrayList<>();
        if (keyNode == null) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), kind.reportClass).forEachRemaining(hits::add);
        } else {
            dsg.find(Node.ANY, Node.ANY, kind.key, keyNode).forEachRemaining(hits::add);
        }
        Map<String, EventReport> out = new java.util.TreeMap<>();
        for (Quad q : hits) {
            Node g = q.getGraph();
            Node r = q.getSubject();
            if (g.equals(canonical) || out.containsKey(r.getURI()) || !dsg.contains(g, r, RDF.type.asNode(), kind.reportClass)) {
                continue;
            }
            Graph graph = dsg.getGraph(g);
            Set<Node> ps = kind == Kind.DISPUTE ? claimants(graph, r) : parties(graph, r);
            if (parties != null && !ps.equals(parties)) {
                continue;
            }
            Optional<Node> article = object(graph, r, PARLEY.reportedIn);
            if (article.isEmpty()) {
                continue;
            }
            Optional<LocalDate> published = article.flatMap(a -> object(graph, a, PARLEY.published))
                    .map(d -> LocalDate.parse(d.getLiteralLexicalForm()));
            Optional<String> place = object(graph, r, kind == Kind.DISPUTE ? PARLEY.territory : PARLEY.place).map(Node::getURI);
            Optional<PartialDate> date = object(graph, r, PARLEY.date).flatMap(CrossArticleResolution::partialDate);
            EventStatus status = object(graph, r, PARLEY.status).map(CrossArticleResolution::status).orElse(EventStatus.OCCURRED);
            out.put(r.getURI(), new EventReport(r.getURI(), g.getURI(), published,
                    ps.stream().map(Node::getURI).toList(), place, date, status));
        }
        return List.copyOf(out.values());
    }

    private static Set<Node> claimants(Graph g, Node dispute) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(dispute, PARLEY.claimant, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** Writes one canonical node per event into the canonical graph; returns how many. */
    private int write(DatasetGraph dsg, Kind kind, List<EventClustering.Event> events) {
        return write(dsg, dsg.getGraph(canonical), kind, events);
    }

    /** Writes one canonical node per event into {@code out}, reading the reports from {@code dsg}; returns how many. */
    private int write(DatasetGraph dsg, Graph out, Kind kind, List<EventClustering.Event> events) {
        for (EventClustering.Event e : events) {
            Node node = NodeFactory.createURI(iris.canonical(kind.slug, Iris.articleSlug(e.first().id())));
            EventReport latest = e.latest();
            Graph latestGraph = dsg.getGraph(NodeFactory.createURI(latest.article()));
            Node latestNode = NodeFactory.createURI(latest.id());
            out.add(node, RDF.type.asNode(), kind.canonicalClass);
            Set<String> parties = new TreeSet<>();
            e.reports().forEach(r -> parties.addAll(r.parties()));
            List<String> names = new ArrayList<>();
            for (String p : parties) {
                Node party = NodeFactory.createURI(p);
                out.add(node, kind == Kind.DISPUTE ? PARLEY.claimant : PARLEY.participant, party);
                label(dsg, e.reports(), party).ifPresent(names::add);
            }
            if (kind == Kind.DISPUTE) {
                Node territory = NodeFactory.createURI(e.place().orElseThrow());
                out.add(node, PARLEY.territory, territory);
                String label = label(dsg, e.reports(), territory).orElse(territory.getURI());
                out.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang("dispute over " + label, "en"));
                // the controller (and extent) as the latest report that names one gives it
                e.reports().stream().sorted(EventClustering.BY_TIME.reversed())
                        .filter(r -> object(graphOf(dsg, r), NodeFactory.createURI(r.id()), PARLEY.controller).isPresent())
                        .findFirst().ifPresent(r -> {
                            Graph g = graphOf(dsg, r);
                            Node rn = NodeFactory.createURI(r.id());
                            out.add(node, PARLEY.controller, object(g, rn, PARLEY.controller).orElseThrow());
                            object(g, rn, PARLEY.controlExtent).ifPresent(x -> out.add(node, PARLEY.controlExtent, x));
                        });
                object(latestGraph, latestNode, PARLEY.disputeKind).ifPresent(k -> out.add(node, PARLEY.disputeKind, k));
            } else {
                out.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang(String.join(", ", names), "en"));
                e.place().ifPresent(p -> out.add(node, PARLEY.place, NodeFactory.createURI(p)));
                e.date().ifPresent(d -> out.add(node, PARLEY.date, ArticleGraphBuilder.dateLiteral(d)));
                out.add(node, PARLEY.status, ArticleGraphBuilder.status(e.status()));
                object(latestGraph, latestNode, PARLEY.meetingKind).ifPresent(k -> out.add(node, PARLEY.meetingKind, k));
            }
            Set<String> articles = new TreeSet<>();
            for (EventReport r : e.reports()) {
                out.add(node, PARLEY.reportedAs, NodeFactory.createURI(r.id()));
                object(graphOf(dsg, r), NodeFactory.createURI(r.id()), PARLEY.reportedIn).ifPresent(a -> {
                    articles.add(a.getURI());
                    out.add(node, PARLEY.reportedIn, a);
                });
            }
            out.add(node, PARLEY.latestReport, latestNode);
            out.add(node, PARLEY.sourceCount, NodeFactory.createLiteralDT(Integer.toString(articles.size()), XSDDatatype.XSDinteger));
        }
        return events.size();
    }

    /** The fullest name the reports' articles give an entity ("Jane Roe" over "Roe"), for the event's label. */
    private static Optional<String> label(DatasetGraph dsg, List<EventReport> reports, Node entity) {
        String best = null;
        // the latest few reports suffice: a name's fullest form is soon known, and a territory may have hundreds
        for (EventReport r : reports.subList(Math.max(0, reports.size() - 5), reports.size())) {
            Optional<String> l = object(graphOf(dsg, r), entity, SKOS.prefLabel.asNode()).map(Node::getLiteralLexicalForm);
            if (l.isPresent() && (best == null || l.get().split("\\s+").length > best.split("\\s+").length)) {
                best = l.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static Graph graphOf(DatasetGraph dsg, EventReport r) {
        return dsg.getGraph(NodeFactory.createURI(r.article()));
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static Optional<PartialDate> partialDate(Node literal) {
        String s = literal.getLiteralLexicalForm();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(PartialDate.of(LocalDate.parse(s)));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(PartialDate.of(java.time.YearMonth.parse(s)));
            }
            if (s.matches("\\d{4}")) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(s)));
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // a date written by hand into the store that is not one
        }
        return Optional.empty();
    }

    private static EventStatus status(Node n) {
        if (n.equals(PARLEY.planned)) {
            return EventStatus.PLANNED;
        }
        return n.equals(PARLEY.cancelled) ? EventStatus.CANCELLED : EventStatus.OCCURRED;
    }
}
