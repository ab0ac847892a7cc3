import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load generator for SPARQL endpoints: a closed loop of N connections, each sending the next query of a fixed,
 * seeded sequence as soon as the previous answer has been read in full, against each target in turn.
 *
 * <p>With {@code --rounds R} the measured time of each target is cut into R rounds, the targets taking turns.
 *
 * <p>The queries are the files of {@code queries/}, each given a parameter per request: a {@code VALUES} block
 * (replacing the file's own, or put first in its {@code WHERE}) naming a graph, fact, entity, name, place or
 * class drawn from the store, and for the timeline a one-year date window. The parameter pools are read from
 * the first target. Before measuring, every file is run with a few parameters on every target and the answers'
 * sizes compared, so that the servers are known to answer the same thing (union default graph included).
 *
 * <pre>java -cp CP bench/java/EndpointLoad.java --queries queries --connections 16 --duration 60 --warmup 15 \
 *      --results out.tsv --pools pools.tsv --phase idle --target parley=http://127.0.0.1:18080/sparql --target fuseki=URL</pre>
 *
 * Prints a table per target and appends {@code phase target requests errors seconds throughput p50 p99 mean}
 * lines to the results file. A non-2xx status, a transport error or an incomplete body is an error.
 */
public class EndpointLoad {
    static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ont#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** Which variable of which file gets a value per request, and the pool query its values come from. */
    static final Map<String, Param> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put("claims-by-state.rq", new Param("claimant", "SELECT DISTINCT ?v { ?d parley:claimant ?v }"));
        PARAMS.put("count-by-class.rq", new Param("class", "SELECT DISTINCT ?v { ?x a ?v } LIMIT 200"));
        PARAMS.put("describe-resource.rq", new Param("resource",
                "SELECT ?v { { ?v a parley:Meeting } UNION { ?v a parley:State } UNION { ?v a parley:Person } } LIMIT 20000"));
        PARAMS.put("disputed-territories.rq", new Param("g", "SELECT ?v { GRAPH ?v { ?v prov:wasDerivedFrom ?a } }"));
        PARAMS.put("evidence.rq", new Param("fact", "SELECT ?v { ?v parley:evidence ?e } LIMIT 20000"));
        PARAMS.put("graphs-and-articles.rq", new Param("graph", "SELECT ?v { GRAPH ?v { ?v prov:wasDerivedFrom ?a } }"));
        PARAMS.put("meetings-by-place.rq", new Param("place", "SELECT DISTINCT ?v { ?m a parley:Meeting ; parley:place ?v }"));
        PARAMS.put("meetings-of.rq", new Param("name",
                "SELECT DISTINCT ?v { ?m parley:participant ?p . ?p skos:prefLabel ?v }"));
        PARAMS.put("meetings.rq", new Param("g", "SELECT ?v { GRAPH ?v { ?v prov:wasDerivedFrom ?a } }"));
        PARAMS.put("phone-calls.rq", new Param("call", "SELECT ?v { ?v a parley:PhoneCall }"));
        PARAMS.put("timeline.rq", new Param("type", null));
        PARAMS.put("who-met-whom.rq", new Param("a", "SELECT DISTINCT ?v { ?m a parley:Meeting ; parley:participant ?v }"));
    }

    record Param(String var, String poolQuery) {}

    record Target(String name, String url) {}

    record Job(String file, String text, boolean graph) {}

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> opts = options(args);
        Path queries = Path.of(one(opts, "queries", "queries"));
        int connections = Integer.parseInt(one(opts, "connections", "16"));
        int duration = Integer.parseInt(one(opts, "duration", "60"));
        int warmup = Integer.parseInt(one(opts, "warmup", "15"));
        long seed = Long.parseLong(one(opts, "seed", "7"));
        String phase = one(opts, "phase", "idle");
        Path results = opts.containsKey("results") ? Path.of(one(opts, "results", null)) : null;
        List<Target> targets = opts.getOrDefault("target", List.of()).stream()
                .map(t -> new Target(t.substring(0, t.indexOf('=')), t.substring(t.indexOf('=') + 1))).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("give at least one --target name=URL");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Map<String, List<Node>> pools = pools(client, targets.get(0).url(),
                opts.containsKey("pools") ? Path.of(one(opts, "pools", null)) : null);
        Map<String, Query> templates = new TreeMap<>();
        for (String file : PARAMS.keySet()) {
            templates.put(file, QueryFactory.create(Files.readString(queries.resolve(file))));
        }
        List<Job> sequence = sequence(templates, pools, new Random(seed), 20_000);

        if (targets.size() > 1 && !Boolean.parseBoolean(one(opts, "skip-check", "false"))) {
            check(client, targets, templates, pools, new Random(seed + 1));
        }
        // Measured in rounds that alternate between the targets, so that a change in what else the machine runs
        // falls on all of them alike; each connection goes on through its sequence from round to round.
        int rounds = Integer.parseInt(one(opts, "rounds", "1"));
        Map<Target, Stats> measured = new LinkedHashMap<>();
        Map<Target, int[]> positions = new LinkedHashMap<>();
        for (Target target : targets) {
            System.out.printf("warm-up %s: %d s%n", target.name(), warmup);
            run(client, target, sequence, connections, warmup, null, new int[connections]);
            measured.put(target, new Stats());
            positions.put(target, new int[connections]);
        }
        for (int r = 1; r <= rounds; r++) {
            for (Target target : targets) {
                int seconds = duration / rounds + (r <= duration % rounds ? 1 : 0);
                System.out.printf("round %d/%d %s: %d s at load average %s%n", r, rounds, target.name(), seconds,
                        Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
                run(client, target, sequence, connections, seconds, measured.get(target), positions.get(target));
            }
        }
        for (Target target : targets) {
            Stats stats = measured.get(target);
            System.out.printf("%n== %s (%s): %d connections, %d s warm-up, %d s measured in %d round(s)%n",
                    target.name(), phase, connections, warmup, duration, rounds);
            stats.print(System.out, duration);
            if (results != null) {
                Files.writeString(results, String.format("%s\t%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", phase, target.name(),
                                stats.ok(), stats.errors.get(), duration, stats.ok() / (double) duration,
                                stats.percentile(50), stats.percentile(99), stats.mean()),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    /**
     * The values each parameter is drawn from, read from the store through the endpoint, or from the file a
     * previous run saved them in, so that a later phase sends the same queries although the store has grown.
     */
    static Map<String, List<Node>> pools(HttpClient client, String url, Path saved) throws Exception {
        Map<String, List<Node>> pools = new LinkedHashMap<>();
        if (saved != null && Files.exists(saved)) {
            for (String line : Files.readAllLines(saved, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                pools.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                        .add(NodeFactoryExtra.parseNode(line.substring(tab + 1)));
            }
            System.out.printf("pools: %d files' values from %s%n", pools.size(), saved);
            return pools;
        }
        for (Map.Entry<String, Param> e : PARAMS.entrySet()) {
            String q = e.getValue().poolQuery();
            if (q == null) {
                continue;
            }
            HttpResponse<byte[]> r = send(client, url, PREFIXES + q, "application/sparql-results+json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("pool query for " + e.getKey() + " answered " + r.statusCode());
            }
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            List<Node> values = new ArrayList<>();
            rs.forEachRemaining(row -> values.add(row.get("v").asNode()));
            if (values.isEmpty()) {
                throw new IllegalStateException("no values for " + e.getKey() + " in the store");
            }
            pools.put(e.getKey(), values);
            System.out.printf("pool %-24s %6d values of ?%s%n", e.getKey(), values.size(), e.getValue().var());
        }
        if (saved != null) {
            List<String> lines = new ArrayList<>();
            pools.forEach((file, values) -> values.forEach(v -> lines.add(file + "\t" + NodeFmtLib.strNT(v))));
            Files.write(saved, lines, StandardCharsets.UTF_8);
        }
        return pools;
    }

    /** A fixed list of queries, each a file with one parameter drawn at random; every target gets the same. */
    static List<Job> sequence(Map<String, Query> templates, Map<String, List<Node>> pools, Random random, int n) {
        List<String> files = new ArrayList<>(templates.keySet());
        List<Job> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String file = files.get(random.nextInt(files.size()));
            jobs.add(instance(file, templates.get(file), pools, random));
        }
        return jobs;
    }

    static Job instance(String file, Query template, Map<String, List<Node>> pools, Random random) {
        Param param = PARAMS.get(file);
        Var var = Var.alloc(param.var());
        Query q;
        if (file.equals("timeline.rq")) {
            // one of the two event types, in a window of a year somewhere in the ten years the dates span
            Node type = NodeFactory.createURI("https://w3id.org/parley/ont#" + (random.nextBoolean() ? "Meeting" : "PhoneCall"));
            q = withValues(template, var, type);
            LocalDate from = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1);
            q = withFilter(q, Var.alloc("date"), from, from.plusYears(1));
        } else {
            List<Node> pool = pools.get(file);
            q = withValues(template, var, pool.get(random.nextInt(pool.size())));
        }
        return new Job(file, q.serialize(), q.isConstructType() || q.isDescribeType());
    }

    /**
     * The query with {@code VALUES ?var { value }}: the file's own block for that variable, else one put first in
     * its {@code WHERE}, and first in every sub-select that projects the variable (as a user would write it, so
     * that an aggregate is not computed over the whole store and then joined).
     */
    static Query withValues(Query template, Var var, Node value) {
        ElementData data = new ElementData(List.of(var), List.of(BindingFactory.binding(var, value)));
        AtomicReference<Boolean> replaced = new AtomicReference<>(false);
        Query q = QueryTransformOps.transform(template, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData el) {
                if (el.getVars().equals(List.of(var))) {
                    replaced.set(true);
                    return data;
                }
                return el;
            }
        });
        if (!replaced.get()) {
            q.setQueryPattern(valuesFirst(data, q.getQueryPattern()));
        }
        if (q.getQueryPattern() instanceof ElementGroup where) {
            List<Element> elements = where.getElements();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof ElementSubQuery sub && sub.getQuery().getProjectVars().contains(var)) {
                    Query bound = sub.getQuery().cloneQuery();
                    bound.setQueryPattern(valuesFirst(data, bound.getQueryPattern()));
                    elements.set(i, new ElementSubQuery(bound));
                }
            }
        }
        return q;
    }

    static Element valuesFirst(ElementData data, Element where) {
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (where instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(where);
        }
        return group;
    }

    static Query withFilter(Query template, Var date, LocalDate from, LocalDate to) {
        Query q = template.cloneQuery();
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        NodeValue lo = NodeValue.makeNode(NodeFactory.createLiteralDT(from.toString(), XSDDatatype.XSDdate));
        NodeValue hi = NodeValue.makeNode(NodeFactory.createLiteralDT(to.toString(), XSDDatatype.XSDdate));
        where.addElement(new ElementFilter(new E_LogicalAnd(
                new E_GreaterThanOrEqual(new ExprVar(date), lo), new E_LessThan(new ExprVar(date), hi))));
        return q;
    }

    /** Every file with a few parameters on every target: the answers must have the same size. */
    static void check(HttpClient client, List<Target> targets, Map<String, Query> templates,
                      Map<String, List<Node>> pools, Random random) throws Exception {
        int mismatches = 0;
        for (Map.Entry<String, Query> t : templates.entrySet()) {
            long[] total = new long[targets.size()];
            for (int k = 0; k < 5; k++) {
                Job job = instance(t.getKey(), t.getValue(), pools, random);
                long first = -1;
                for (int i = 0; i < targets.size(); i++) {
                    long size = answerSize(client, targets.get(i).url(), job);
                    total[i] += size;
                    if (i == 0) {
                        first = size;
                    } else if (size != first) {
                        mismatches++;
                        System.out.printf("check: %s answers %d on %s but %d on %s:%n%s%n", t.getKey(), first,
                                targets.get(0).name(), size, targets.get(i).name(), job.text());
                    }
                }
            }
            System.out.printf("check %-24s answer sizes %s%n", t.getKey(), Arrays.toString(total));
        }
        if (mismatches > 0) {
            throw new IllegalStateException(mismatches + " answers differ between the targets");
        }
    }

    static long answerSize(HttpClient client, String url, Job job) throws Exception {
        HttpResponse<byte[]> r = send(client, url, job.text(), accept(job));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(job.file() + " answered " + r.statusCode() + " at " + url + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        if (job.graph()) {
            AtomicLong triples = new AtomicLong();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void triple(org.apache.jena.graph.Triple t) {
                            triples.incrementAndGet();
                        }
                    });
            return triples.get();
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        long rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        return rows;
    }

    static String accept(Job job) {
        return job.graph() ? "application/n-triples" : "application/sparql-results+json";
    }

    static HttpResponse<byte[]> send(HttpClient client, String url, String query, String accept)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Runs the closed loop for a number of seconds; with stats null it only warms the server up. Connection c
     * sends the queries of the sequence from c/connections of its length on, positions[c] being how far it got.
     */
    static Stats run(HttpClient client, Target target, List<Job> sequence, int connections, int seconds, Stats stats,
                     int[] positions) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            int offset = c * (sequence.size() / connections);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    Job job = sequence.get((offset + positions[connection]++) % sequence.size());
                    long start = System.nanoTime();
                    String failure;
                    try {
                        HttpResponse<byte[]> r = send(client, target.url(), job.text(), accept(job));
                        failure = r.statusCode() != 200 ? "status " + r.statusCode() : complete(job, r.body()) ? null : "incomplete body";
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - start;
                    if (stats != null && System.nanoTime() <= end) {
                        stats.record(job.file(), took, failure);
                    }
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return stats;
    }

    /** A results document that was cut off does not end where its format ends. */
    static boolean complete(Job job, byte[] body) {
        if (job.graph()) {
            return body.length == 0 || body[body.length - 1] == '\n';
        }
        int i = body.length - 1;
        while (i >= 0 && Character.isWhitespace(body[i])) {
            i--;
        }
        return i >= 0 && body[i] == '}';
    }

    /** Latencies of successful requests (per file too), and errors by kind. */
    static final class Stats {
        final Map<String, List<Long>> byFile = new TreeMap<>();
        final List<Long> all = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final Map<String, Long> errorKinds = new TreeMap<>();

        synchronized void record(String file, long nanos, String failure) {
            if (failure != null) {
                errors.incrementAndGet();
                errorKinds.merge(file + ": " + failure, 1L, Long::sum);
                return;
            }
            all.add(nanos);
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(nanos);
        }

        long ok() {
            return all.size();
        }

        double percentile(int p) {
            return percentile(all, p);
        }

        double mean() {
            return all.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        static double percentile(List<Long> values, int p) {
            if (values.isEmpty()) {
                return 0;
            }
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        void print(PrintStream out, int seconds) {
            out.printf("%-24s %8s %10s %10s %10s%n", "file", "requests", "p50 ms", "p99 ms", "mean ms");
            for (Map.Entry<String, List<Long>> e : byFile.entrySet()) {
                List<Long> v = e.getValue();
                out.printf("%-24s %8d %10.1f %10.1f %10.1f%n", e.getKey(), v.size(), percentile(v, 50), percentile(v, 99),
                        v.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
            }
            out.printf("%-24s %8d %10.1f %10.1f %10.1f   %.1f requests/s, %d errors%n", "all", ok(), percentile(50),
                    percentile(99), mean(), ok() / (double) seconds, errors.get());
            errorKinds.forEach((k, n) -> out.printf("  error x%d: %s%n", n, k));
        }
    }

    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
        }
        return opts;
    }

    static String one(Map<String, List<String>> opts, String name, String fallback) {
        List<String> v = opts.get(name);
        return v == null ? fallback : v.get(v.size() - 1);
    }
}
