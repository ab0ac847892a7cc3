package org.parley.extract;

import org.parley.nlp.Dependency;
import org.parley.nlp.Mention;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Navigation over one parsed sentence: heads, children, subtrees and the mention covering a token. */
final class View {
    final Sentence s;
    final List<Mention> mentions;
    /** The article's lead date, for "that morning" and "the same day". */
    Optional<Candidates.When> lead = Optional.empty();
    /** The article's named groups in text order, by group noun ("delegation" → the name inside it). */
    List<java.util.Map.Entry<String, Ref>> groups = List.of();
    /** The article's names of states in text order. */
    List<Ref> states = List.of();
    /** The article's names of places that are not states, capitals or seats, in text order. */
    List<Ref> lands = List.of();
    /** Plural proper nouns of the article ("the Norders"). */
    Set<String> properNouns = Set.of();
    private final List<List<Dependency>> children = new ArrayList<>();
    private final List<List<Dependency>> parents = new ArrayList<>();
    private final int[] head;
    private final String[] headRelation;

    View(Sentence s, List<Mention> mentions) {
        this.s = s;
        this.mentions = mentions;
        int n = s.tokens().size();
        head = new int[n];
        headRelation = new String[n];
        java.util.Arrays.fill(head, -1);
        java.util.Arrays.fill(headRelation, "");
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() < 0) {
                continue;
            }
            children.get(d.governor()).add(d);
            parents.get(d.dependent()).add(d);
        }
        // the basic tree's head: the first non-"ref" parent, preferring edges that are not conjunct copies
        for (int i = 0; i < n; i++) {
            for (Dependency d : parents.get(i)) {
                if (d.relation().equals("ref") || isOwnRelativeClause(i, d.governor())) {
                    continue;
                }
                if (head[i] < 0 || (headRelation[i].startsWith("conj") && !d.relation().startsWith("conj"))) {
                    head[i] = d.governor();
                    headRelation[i] = d.relation();
                }
            }
        }
    }

    /** Whether {@code clause} is a relative clause on {@code token}, whose copied edge back is not the head. */
    private boolean isOwnRelativeClause(int token, int clause) {
        for (Dependency d : children.get(token)) {
            if (d.dependent() == clause && d.relation().startsWith("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        int pos = s.begin();
        for (Token t : s.tokens()) {
            while (pos < t.begin()) {
                sb.append(' ');
                pos++;
            }
            sb.append(t.word(), 0, Math.min(t.word().length(), t.end() - t.begin()));
            pos += Math.min(t.word().length(), t.end() - t.begin());
            while (pos < t.end()) {
                sb.append(' ');
                pos++;
            }
        }
        return sb.toString();
    }

    Token tok(int i) {
        return s.tokens().get(i);
    }

    List<Dependency> children(int i) {
        return i < 0 ? List.of() : children.get(i);
    }

    List<Dependency> parents(int i) {
        return i < 0 ? List.of() : parents.get(i);
    }

    int head(int i) {
        return i < 0 ? -1 : head[i];
    }

    String headRelation(int i) {
        return i < 0 ? "" : headRelation[i];
    }

    Optional<Mention> mentionAt(int token) {
        for (Mention m : mentions) {
            if (m.first() <= token && token <= m.last()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    boolean inMention(int token, Mention m) {
        return m.first() <= token && token <= m.last();
    }

    /** The token of a mention whose head lies outside it. */
    int mentionHead(Mention m) {
        for (int i = m.last(); i >= m.first(); i--) {
            int h = head(i);
            if (h < m.first() || h > m.last()) {
                return i;
            }
        }
        return m.last();
    }

    /** The node and every descendant reached through the given relations (conj:* counts as conj:and). */
    Set<Integer> subtree(int root, Set<String> relations) {
        Set<Integer> out = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!out.add(t)) {
                continue;
            }
            for (Dependency d : children(t)) {
                String r = d.relation();
                if (relations.contains(r) || (r.startsWith("conj") && relations.contains("conj:and"))
                        || (r.startsWith("nmod:") && relations.contains("nmod:of") && !r.equals("nmod:poss")
                        && relations.contains("nmod:including") && isListing(r))) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    private static boolean isListing(String r) {
        return r.equals("nmod:of") || r.equals("nmod:including") || r.equals("nmod:in") || r.equals("nmod:from");
    }

    /** Steps from {@code token} up to {@code ancestor}, or {@link Integer#MAX_VALUE} when it is not above it. */
    int hops(int token, int ancestor) {
        int cur = token;
        for (int i = 0; i < 6 && cur >= 0; i++) {
            if (cur == ancestor) {
                return i;
            }
            cur = head(cur);
        }
        return Integer.MAX_VALUE;
    }

    /** Whether a relative clause lies between the token and the root. */
    boolean inRelativeClause(int token) {
        int cur = token;
        for (int i = 0; i < 12 && cur >= 0; i++) {
            if (headRelation(cur).startsWith("acl:relcl")) {
                return true;
            }
            cur = head(cur);
        }
        return false;
    }

    /** Whether {@code ancestor} governs {@code token} within {@code hops} steps up the tree. */
    boolean governedBy(int token, int ancestor, int hops) {
        int cur = token;
        for (int i = 0; i < hops && cur >= 0; i++) {
            cur = head(cur);
            if (cur == ancestor) {
                return true;
            }
        }
        return false;
    }
}
