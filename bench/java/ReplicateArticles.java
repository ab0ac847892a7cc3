import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Makes a large store of the shape Parley writes: reads the article graphs of a real ingest (N-Quads from
 * {@code parley export}) and writes copies of them, each under new IRIs, until the output holds at least the
 * wanted number of quads. The ontology's graph is not copied (the real store already has it).
 *
 * <p>In copy {@code i}: everything an article owns (its graph, the article, its meetings, calls, disputes,
 * evidence, delegations and ingestion) gets a fresh 16-hex slug; the entities (people, states, organisations,
 * places) become look-alikes: in odd copies fresh ones ({@code <slug>-u<i>}, label "Name u<i>"), seen in one
 * article, as most actors are; in even copies one of {@code popular} ({@code <slug>-v<k>}, label "Name v<k>"),
 * each seen in about copies/(2 popular) articles, as a much-reported actor is; {@code xsd:date}s move back by
 * {@code i} days (modulo ten years), so date filters select different events; source locations and content
 * hashes are made unique.
 *
 * <pre>java -cp CLASSPATH bench/java/ReplicateArticles.java SEED.nq OUT.nq.gz MIN_QUADS [POPULAR] [BASE]</pre>
 */
public class ReplicateArticles {
    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long minQuads = Long.parseLong(args[2]);
        int popular = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        String base = args.length > 4 ? args[4] : "http://localhost:8080/";

        Map<Node, List<Quad>> articleGraphs = new LinkedHashMap<>();
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(base + "graph/article/")) {
                    articleGraphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
                }
            }
        };
        RDFParser.source(seed).lang(Lang.NQUADS).parse(collect);
        long perRound = articleGraphs.values().stream().mapToLong(List::size).sum();
        if (perRound == 0) {
            throw new IllegalArgumentException("no article graphs under " + base + "graph/article/ in " + seed);
        }
        long rounds = (minQuads + perRound - 1) / perRound;

        List<String> seedSlugs = articleGraphs.keySet().stream()
                .map(g -> g.getURI().substring((base + "graph/article/").length())).toList();
        Pattern slugs = Pattern.compile(String.join("|", seedSlugs));
        Pattern entity = Pattern.compile(Pattern.quote(base) + "id/(person|state|organization|place)/([a-z0-9-]+)");

        long written = 0;
        try (OutputStream os = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
            writer.start();
            for (long i = 1; i <= rounds; i++) {
                Copy copy = new Copy(i, i % 2 == 1 ? "u" + i : "v" + (i % popular), slugs, entity);
                for (List<Quad> graph : articleGraphs.values()) {
                    for (Quad q : graph) {
                        writer.quad(copy.of(q));
                        written++;
                    }
                }
            }
            writer.finish();
        }
        System.err.printf("replicate: %d article graphs x %d copies = %d quads (%d popular entity variants) -> %s%n",
                articleGraphs.size(), rounds, written, popular, out);
    }

    /** The renaming of one copy. */
    private record Copy(long index, String variant, Pattern slugs, Pattern entity) {
        Quad of(Quad q) {
            Node s = iri(q.getSubject());
            Node p = q.getPredicate();
            Node o = q.getObject().isLiteral() ? literal(q.getSubject(), p, q.getObject()) : iri(q.getObject());
            return Quad.create(iri(q.getGraph()), s, p, o);
        }

        private Node iri(Node n) {
            if (!n.isURI()) {
                return n;
            }
            String uri = n.getURI();
            Matcher m = slugs.matcher(uri);
            if (m.find()) {
                return NodeFactory.createURI(m.replaceAll(slug(m.group())));
            }
            Matcher e = entity.matcher(uri);
            if (e.matches()) {
                return NodeFactory.createURI(uri + "-" + variant);
            }
            return n;
        }

        private Node literal(Node subject, Node predicate, Node o) {
            String lex = o.getLiteralLexicalForm();
            if (XSDDatatype.XSDdate.getURI().equals(o.getLiteralDatatypeURI())) {
                LocalDate moved = LocalDate.parse(lex).minusDays(index % 3650);
                return NodeFactory.createLiteralDT(moved.toString(), XSDDatatype.XSDdate);
            }
            String p = predicate.getURI();
            boolean entityLabel = subject.isURI() && entity.matcher(subject.getURI()).matches()
                    && (p.equals(SKOS.prefLabel.getURI()) || p.equals(SKOS.altLabel.getURI()));
            if (entityLabel) {
                return NodeFactory.createLiteralLang(lex + " " + variant, o.getLiteralLanguage());
            }
            if (p.endsWith("#sourceLocation") || p.endsWith("#contentHash")) {
                String unique = p.endsWith("#contentHash") ? sha256(lex + "#" + index) : lex + "#copy-" + index;
                return o.getLiteralLanguage().isEmpty()
                        ? NodeFactory.createLiteralDT(unique, o.getLiteralDatatype())
                        : NodeFactory.createLiteralLang(unique, o.getLiteralLanguage());
            }
            return o;
        }

        private String slug(String seedSlug) {
            return sha256(seedSlug + "#" + index).substring(0, 16);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
