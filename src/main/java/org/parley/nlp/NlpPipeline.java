package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;
import org.parley.domain.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The nlp stage: runs CoreNLP and the Semgrex rules over an article and copies what later stages need into
 * a {@link ParsedArticle}. One CoreNLP pipeline per JVM, built on first use; {@code annotate} is thread-safe.
 * <p>
 * The annotators run in two parts: everything before the parser on the whole text, then the parser only on
 * sentences of at most {@code maxSentenceTokens} tokens, so that one run-on "sentence" of a badly split page
 * cannot exhaust memory or time.
 */
@ApplicationScoped
public class NlpPipeline {
    private static final Logger LOG = Logger.getLogger(NlpPipeline.class);
    private static final Set<String> PARSERS = Set.of("parse", "depparse");

    private final List<String> annotators;
    private final int maxTextLength;
    private final int maxSentenceTokens;
    private volatile Engines engines;

    private record Engines(StanfordCoreNLP front, Optional<StanfordCoreNLP> parser, RuleBook rules) {
    }

    @Inject
    public NlpPipeline(ParleyConfig config) {
        this(config.nlp().annotators(), config.nlp().maxTextLength(), config.nlp().maxSentenceTokens());
    }

    public NlpPipeline(String annotators, int maxTextLength, int maxSentenceTokens) {
        this.annotators = Arrays.stream(annotators.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.maxTextLength = maxTextLength;
        this.maxSentenceTokens = maxSentenceTokens;
    }

    private Engines engines() {
        Engines e = engines;
        if (e == null) {
            synchronized (this) {
                e = engines;
                if (e == null) {
                    e = build();
                    engines = e;
                }
            }
        }
        return e;
    }

    private Engines build() {
        RuleBook rules = RuleBook.load();
        int split = annotators.size();
        for (int i = 0; i < annotators.size(); i++) {
            if (PARSERS.contains(annotators.get(i))) {
                split = i;
                break;
            }
        }
        Properties common = new Properties();
        // The fine-grained regexner (hundreds of thousands of entries) dominates NER time; the gazetteer
        // of the resolve stage classifies places instead.
        common.setProperty("ner.applyFineGrained", "false");
        common.setProperty("ner.useSUTime", "true");
        common.setProperty("ner.buildEntityMentions", "true");
        common.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
        common.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens));
        common.setProperty("tokenize.language", "en");
        // a blank line ends a sentence: headings and datelines carry no full stop
        common.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Properties front = new Properties();
        front.putAll(common);
        front.setProperty("annotators", String.join(",", annotators.subList(0, split)));
        StanfordCoreNLP frontPipeline = new StanfordCoreNLP(front);
        Optional<StanfordCoreNLP> parser = Optional.empty();
        if (split < annotators.size()) {
            Properties back = new Properties();
            back.putAll(common);
            back.setProperty("annotators", String.join(",", annotators.subList(split, annotators.size())));
            back.setProperty("enforceRequirements", "false");
            parser = Optional.of(new StanfordCoreNLP(back));
        }
        LOG.infof("CoreNLP ready: %s, %d rules", annotators, rules.rules().size());
        return new Engines(frontPipeline, parser, rules);
    }

    /** Loads the models now rather than on the first article. */
    public void warmUp() {
        engines();
    }

    /** The compiled rules, for tests that check every sample sentence. */
    public RuleBook rules() {
        return engines().rules();
    }

    public ParsedArticle parse(Article article) {
        Engines e = engines();
        String text = article.text();
        if (text.length() > maxTextLength) {
            LOG.warnf("article %s: text of %d characters cut to %d", article.source(), text.length(), maxTextLength);
            text = text.substring(0, maxTextLength);
        }
        Annotation doc = new Annotation(text);
        article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        e.front().annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> shortOnes = all.stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens).toList();
        if (shortOnes.size() < all.size()) {
            LOG.infof("article %s: %d sentences longer than %d tokens left unparsed", article.source(),
                    all.size() - shortOnes.size(), maxSentenceTokens);
        }
        if (e.parser().isPresent() && !shortOnes.isEmpty()) {
            // The sentence maps are shared with doc, so the parser's graphs land on them.
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.SentencesAnnotation.class, shortOnes);
            List<CoreLabel> tokens = new ArrayList<>();
            shortOnes.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
            part.set(CoreAnnotations.TokensAnnotation.class, tokens);
            e.parser().get().annotate(part);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<RuleMatch> matches = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CoreMap s = all.get(i);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int t = 0; t < labels.size(); t++) {
                CoreLabel l = labels.get(t);
                tokens.add(new Token(t, l.word(), l.lemma() == null ? l.word().toLowerCase() : l.lemma(),
                        l.tag() == null ? "" : l.tag(), l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition()));
            }
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency(-1, "root", root.index() - 1));
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    deps.add(new Dependency(edge.getGovernor().index() - 1, edge.getRelation().toString(),
                            edge.getDependent().index() - 1));
                }
                matches.addAll(match(e.rules(), i, graph));
            }
            int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
            int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
            sentences.add(new Sentence(i, begin, end, tokens, deps, graph != null));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                int sentenceStart = s.get(CoreAnnotations.TokenBeginAnnotation.class);
                for (CoreMap m : ms) {
                    int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
                    int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart - 1;
                    String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
                    Optional<String> normalized = Optional.empty();
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex != null && timex.value() != null) {
                        normalized = Optional.of(timex.value());
                    } else if (timex != null && timex.altVal() != null) {
                        normalized = Optional.of(timex.altVal());
                    }
                    int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int en = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    mentions.add(new Mention(i, first, last, text.substring(b, en), type == null ? "O" : type,
                            b, en, normalized));
                }
            }
        }
        return new ParsedArticle(article, sentences, mentions, matches);
    }

    private static List<RuleMatch> match(RuleBook rules, int sentence, SemanticGraph graph) {
        List<RuleMatch> out = new ArrayList<>();
        Set<Map<String, Integer>> seen = new LinkedHashSet<>();
        for (RuleBook.Rule rule : rules.rules()) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                Map<String, Integer> nodes = new HashMap<>();
                for (String name : rule.nodeNames()) {
                    IndexedWord w = m.getNode(name);
                    if (w != null) {
                        nodes.put(name, w.index() - 1);
                    }
                }
                Map<String, Integer> key = new HashMap<>(nodes);
                key.put("#" + rule.relation() + "/" + rule.name(), 0);
                if (seen.add(key)) {
                    out.add(new RuleMatch(rule.relation(), rule.name(), sentence, nodes));
                }
            }
        }
        return out;
    }
}
