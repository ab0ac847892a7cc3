package org.parley.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.parley.domain.Article;
import org.parley.domain.DisputeKind;
import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.Keys;
import org.parley.domain.Meeting;
import org.parley.domain.MeetingKind;
import org.parley.domain.Outcome;
import org.parley.domain.PartialDate;
import org.parley.domain.PhoneCall;
import org.parley.domain.TerritorialDispute;
import org.parley.extract.Extractor;
import org.parley.graph.ArticleGraphBuilder;
import org.parley.graph.ArticleGraphBuilder.ArticleGraph;
import org.parley.nlp.SharedPipeline;
import org.parley.resolve.ArticleAnalyzer;
import org.parley.resolve.Iris;
import org.parley.resolve.Overrides;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * What cross-article resolution costs an ingest as the store grows (run by {@code bench/resolve}): generated
 * article graphs (invented people, with surname-only mentions and misspellings, meetings, calls and disputes
 * that recur across articles) are written into two TDB2 stores, one with the plain graph replace and one with
 * entity linking and the canonical layer; the difference per write, at the given store size, is set against
 * the time the real pipeline takes to analyse an article (measured on the texts given on the command line).
 *
 * <pre>ResolutionBench STORE_DIR ARTICLES [TEXT_FILE…]</pre>
 */
public final class ResolutionBench {
    private static final String[] GIVEN = {"Anna", "Marek", "Sofia", "Tomas", "Elena", "Jonas", "Ines", "Pavel",
            "Lina", "Oskar", "Mira", "Viktor", "Nora", "Emil", "Rosa", "Karel", "Daria", "Hugo", "Vera", "Anton"};
    private static final String[] FAMILY = {"Berglund", "Costa", "Novak", "Lindqvist", "Moreau", "Rinaldi", "Kowal",
            "Sato", "Haddad", "Okafor", "Mensah", "Silveira", "Varga", "Horvat", "Jensen", "Kask", "Tamm", "Olsen",
            "Pereira", "Dumont"};
    private static final String[] STATES = {"Aland", "Borduria", "Carpania", "Dorvia", "Estmark", "Freedonia",
            "Graustark", "Halvia", "Ismir", "Jorvik", "Kravia", "Lutania"};
    private static final String[] CITIES = {"Port Town", "North Haven", "Eastfield", "Stonebridge", "Riverton",
            "Lakeside", "Highmoor", "Westcliff", "Oakport", "Saltmarsh", "Greyhill", "Sunvale"};
    private static final String[] TERRITORIES = {"Eastern Marches", "Salt Islands", "Red Valley", "North Cape",
            "Iron Hills", "Blue Strait"};

    private ResolutionBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Iris iris = new Iris("http://localhost:8080/");
        ArticleGraphBuilder builder = new ArticleGraphBuilder(iris, "bench");
        Random random = new Random(42);
        List<ArticleGraph> graphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            graphs.add(builder.build(article(i, random), Instant.EPOCH, Instant.EPOCH));
        }
        ParleyStore plainStore = new ParleyStore(dir.resolve("plain"));
        ParleyStore resolvedStore = new ParleyStore(dir.resolve("resolved"));
        TdbArticleStore resolved = new TdbArticleStore(resolvedStore, new CrossArticleResolution(iris, Overrides.none()));
        long[] plain = new long[n];
        long[] linked = new long[n];
        for (int i = 0; i < n; i++) {
            ArticleGraph g = graphs.get(i);
            long t0 = System.nanoTime();
            plainReplace(plainStore.dataset(), g.name(), g.graph());
            long t1 = System.nanoTime();
            resolved.replace(g.name(), g.graph());
            long t2 = System.nanoTime();
            plain[i] = t1 - t0;
            linked[i] = t2 - t1;
        }
        int window = Math.max(1, n / 10);
        double plainMs = mean(plain, n - window, n);
        double linkedMs = mean(linked, n - window, n);
        long r0 = System.nanoTime();
        CrossArticleResolution.Summary summary = resolved.resolveAll();
        double wholeStoreS = (System.nanoTime() - r0) / 1e9;

        double analysisMs = Double.NaN;
        if (args.length > 2) {
            ArticleAnalyzer analyzer = new ArticleAnalyzer(SharedPipeline.get(), new Extractor());
            List<Article> texts = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
                texts.add(SharedPipeline.article(text.replaceFirst("^date (\\d{4}-\\d{2}-\\d{2})[^\\n]*\\n", ""),
                        text.startsWith("date ") ? text.substring(5, 15) : null));
            }
            analyzer.analyze(texts.get(0)); // warm-up
            long a0 = System.nanoTime();
            for (Article a : texts) {
                Outcome<Extraction> o = analyzer.analyze(a);
                if (o instanceof Outcome.Ok<Extraction> ok) {
                    builder.build(ok.value(), Instant.EPOCH, Instant.EPOCH);
                }
            }
            analysisMs = (System.nanoTime() - a0) / 1e6 / texts.size();
        }
        plainStore.close();
        resolvedStore.close();
        double extra = linkedMs - plainMs;
        System.out.printf("store of %d generated articles; mean over the last %d writes:%n", n, window);
        System.out.printf("  plain graph replace             %8.1f ms/article%n", plainMs);
        System.out.printf("  replace + linking + canonical   %8.1f ms/article%n", linkedMs);
        System.out.printf("  resolution's own cost           %8.1f ms/article%n", extra);
        if (!Double.isNaN(analysisMs)) {
            double ingest = analysisMs + plainMs;
            System.out.printf("  analysis (CoreNLP, extract, resolve, graph), one thread: %.0f ms/article over %d texts%n",
                    analysisMs, args.length - 2);
            System.out.printf("  resolution adds %.1f%% to the single-thread ingest time of an article%n", 100 * extra / ingest);
        }
        System.out.printf("whole-store resolve of %d articles: %.1f s (%d entities, %d meetings, %d calls, %d disputes)%n",
                summary.articles(), wholeStoreS, summary.entities(), summary.meetings(), summary.calls(), summary.disputes());
    }

    private static void plainReplace(DatasetGraph dsg, Node name, Graph content) {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(name);
            content.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    private static double mean(long[] nanos, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += nanos[i];
        }
        return sum / 1e6 / (to - from);
    }

    /** An invented article: six people (some by surname only, some misspelt), two meetings, a call, a dispute. */
    private static Extraction article(int i, Random random) throws Exception {
        LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        String text = "Generated article " + i + ". The ministers met.";
        Article article = new Article("bench:article-" + i, Optional.empty(), Optional.of(published), List.of(),
                Optional.empty(), "en", text, HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))));
        Evidence evidence = new Evidence(text, 0, text.length(), 0.9);
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<String> people = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            double form = random.nextDouble();
            String label = form < 0.3 ? family : form < 0.4 ? given + " " + swap(family, random) : given + " " + family;
            String key = Keys.slug(label);
            if (!entities.containsKey(key)) {
                entities.put(key, new Entity(key, EntityKind.PERSON, label, List.of(family), List.of("minister"),
                        Optional.empty(), Optional.empty(), Optional.empty()));
                people.add(key);
            }
        }
        List<String> states = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String s = STATES[random.nextInt(STATES.length)];
            entities.putIfAbsent(Keys.slug(s), new Entity(Keys.slug(s), EntityKind.STATE, s, List.of(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            if (!states.contains(Keys.slug(s))) {
                states.add(Keys.slug(s));
            }
        }
        String city = CITIES[random.nextInt(CITIES.length)];
        entities.put(Keys.slug(city), new Entity(Keys.slug(city), EntityKind.CITY, city, List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        String territory = TERRITORIES[random.nextInt(TERRITORIES.length)];
        entities.put(Keys.slug(territory), new Entity(Keys.slug(territory), EntityKind.TERRITORY, territory, List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Meeting> meetings = new ArrayList<>();
        EventStatus[] statuses = EventStatus.values();
        for (int k = 0; k + 1 < people.size() && k < 4; k += 2) {
            meetings.add(new Meeting("m" + (k / 2 + 1), MeetingKind.TALKS, List.of(people.get(k), people.get(k + 1)),
                    List.of(), Optional.empty(), Optional.empty(), Optional.of(Keys.slug(city)),
                    Optional.of(PartialDate.of(published.minusDays(random.nextInt(3)))),
                    statuses[random.nextInt(statuses.length)], List.of(evidence)));
        }
        List<PhoneCall> calls = states.size() < 2 ? List.of() : List.of(new PhoneCall("c1",
                List.of(states.get(0), states.get(1)), Optional.of(PartialDate.of(published)), EventStatus.OCCURRED,
                List.of(evidence)));
        List<TerritorialDispute> disputes = List.of(new TerritorialDispute("d1", Keys.slug(territory), states,
                Optional.of(states.get(0)), Optional.of("most of"), DisputeKind.OCCUPIED, List.of(evidence)));
        return new Extraction(article, List.copyOf(entities.values()), meetings, calls, disputes);
    }

    private static String swap(String s, Random random) {
        int i = 1 + random.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
