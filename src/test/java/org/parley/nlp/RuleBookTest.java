package org.parley.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookTest {

    @Test
    void everySampleSentenceFiresItsOwnRule() {
        NlpPipeline nlp = SharedPipeline.get();
        List<String> silent = new ArrayList<>();
        for (RuleBook.Rule rule : nlp.rules().rules()) {
            ParsedArticle parsed = nlp.parse(SharedPipeline.article(rule.sample(), "2024-05-15"));
            boolean fired = parsed.matches().stream()
                    .anyMatch(m -> m.relation().equals(rule.relation()) && m.rule().equals(rule.name()));
            if (!fired) {
                silent.add(rule.relation() + "/" + rule.name() + ": " + rule.sample());
            }
        }
        assertEquals(List.of(), silent, "rules that do not match their own sample sentence");
    }

    @Test
    void everyRelationHasRules() {
        RuleBook book = SharedPipeline.get().rules();
        for (String relation : RuleBook.RELATIONS) {
            assertTrue(book.rules().stream().anyMatch(r -> r.relation().equals(relation)), relation);
        }
    }

    @Test
    void ruleLackingARequiredNodeIsRefused() {
        String text = "@requires event party\n# sample: They met.\nbad: {lemma:meet}=event\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleBook.parse("meeting", text));
        assertTrue(e.getMessage().contains("lacks node =party"), e.getMessage());
    }

    @Test
    void ruleWithoutSampleSentenceIsRefused() {
        String text = "@requires event\nbad: {lemma:meet}=event\n";
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleBook.parse("meeting", text));
        assertTrue(e.getMessage().contains("sample"), e.getMessage());
    }

    @Test
    void unknownMacroIsRefused() {
        String text = "@requires event\n# sample: They met.\nbad: {lemma:${NOPE}}=event\n";
        assertThrows(IllegalStateException.class, () -> RuleBook.parse("meeting", text));
    }

    @Test
    void macrosAreExpandedBeforeCompiling() {
        String text = "@requires event\n@define V /^(meet|see)$/\n# sample: They met.\nok: {lemma:${V}}=event\n";
        RuleBook.Rule rule = RuleBook.parse("meeting", text).get(0);
        assertTrue(rule.source().contains("/^(meet|see)$/"));
        assertFalse(rule.source().contains("${"));
    }
}
