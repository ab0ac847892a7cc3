package org.parley.nlp;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Semgrex rules under {@code rules/}, one file per relation, compiled once. File format:
 * <pre>
 * &#64;requires event party        node names every pattern of the file must bind
 * &#64;define VERB /meet|host/     a macro, used as ${VERB}
 * # sample: The envoys met the president.
 * name: {lemma:${VERB}}=event &gt;nsubj {}=party
 * </pre>
 * Every pattern needs a sample sentence above it; loading fails on a missing sample, an unknown macro or
 * a pattern that lacks a required node name, so a broken rule stops the application at startup.
 */
public final class RuleBook {
    /** The relations Parley extracts; each has {@code rules/<relation>.semgrex}. */
    public static final List<String> RELATIONS = List.of("meeting", "call", "dispute", "travel");

    private static final Pattern MACRO_USE = Pattern.compile("\\$\\{([A-Z_]+)}");
    private static final Pattern NODE_NAME = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");

    /** A compiled rule and the sample sentence it must match. */
    public record Rule(String relation, String name, String sample, String source, SemgrexPattern pattern,
                       Set<String> nodeNames) {
    }

    private final List<Rule> rules;

    private RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Loads every relation's file from the class path. */
    public static RuleBook load() {
        List<Rule> all = new ArrayList<>();
        for (String relation : RELATIONS) {
            String resource = "rules/" + relation + ".semgrex";
            try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing rule file " + resource);
                }
                all.addAll(parse(relation, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return new RuleBook(all);
    }

    /** Parses one rule file's text; throws {@link IllegalStateException} on any defect. */
    public static List<Rule> parse(String relation, String text) {
        Map<String, String> macros = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        List<Rule> out = new ArrayList<>();
        String sample = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            String where = relation + ".semgrex:" + lineNo;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@requires")) {
                required.addAll(List.of(line.substring("@requires".length()).trim().split("\\s+")));
            } else if (line.startsWith("@define")) {
                String[] parts = line.substring("@define".length()).trim().split("\\s+", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(where + ": @define NAME value");
                }
                macros.put(parts[0], expand(parts[1], macros, where));
            } else if (line.startsWith("# sample:")) {
                sample = line.substring("# sample:".length()).trim();
            } else if (line.startsWith("#")) {
                continue;
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0 || !line.substring(0, colon).matches("[a-z0-9-]+")) {
                    throw new IllegalStateException(where + ": a pattern line is 'name: pattern'");
                }
                String name = line.substring(0, colon);
                if (sample == null) {
                    throw new IllegalStateException(where + ": pattern " + name + " has no '# sample:' above it");
                }
                String source = expand(line.substring(colon + 1).trim(), macros, where);
                Set<String> names = nodeNames(source);
                for (String r : required) {
                    if (!names.contains(r)) {
                        throw new IllegalStateException(where + ": pattern " + name + " lacks node =" + r);
                    }
                }
                SemgrexPattern pattern;
                try {
                    pattern = SemgrexPattern.compile(source);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(where + ": pattern " + name + " does not compile: "
                            + e.getMessage(), e);
                }
                out.add(new Rule(relation, name, sample, source, pattern, names));
                sample = null;
            }
        }
        return out;
    }

    private static Set<String> nodeNames(String source) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = NODE_NAME.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String expand(String text, Map<String, String> macros, String where) {
        Matcher m = MACRO_USE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(where + ": unknown macro ${" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
