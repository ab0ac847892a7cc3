package org.parley.nlp;

import org.junit.jupiter.api.Test;
import org.parley.domain.Article;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NlpPipelineTest {

    @Test
    void weekdayIsResolvedAgainstThePublicationDate() {
        ParsedArticle p = SharedPipeline.get().parse(SharedPipeline.article(
                "The envoys met in Montevideo on Tuesday.", "2024-05-16"));
        Optional<String> value = p.mentions().stream().filter(m -> m.type().equals("DATE")).findFirst()
                .flatMap(Mention::normalized);
        assertEquals(Optional.of("2024-05-14"), value);
    }

    @Test
    void withoutPublicationDateAWeekdayStaysUnresolved() {
        ParsedArticle p = SharedPipeline.get().parse(SharedPipeline.article(
                "The envoys met in Montevideo on Tuesday.", null));
        Optional<String> value = p.mentions().stream().filter(m -> m.type().equals("DATE")).findFirst()
                .flatMap(Mention::normalized);
        assertTrue(value.isEmpty() || !value.get().matches("\\d{4}-\\d{2}-\\d{2}"), value.toString());
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        Article a = SharedPipeline.article("Heavy rain fell.\n\nThe minister of Iceland visited Tallinn.", "2024-05-16");
        ParsedArticle p = SharedPipeline.get().parse(a);
        assertEquals(2, p.sentences().size());
        for (Sentence s : p.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.word(), a.text().substring(t.begin(), t.end()));
            }
        }
        Mention tallinn = p.mentions().stream().filter(m -> m.text().equals("Tallinn")).findFirst().orElseThrow();
        assertEquals("Tallinn", a.text().substring(tallinn.begin(), tallinn.end()));
    }

    @Test
    void headingWithoutFullStopIsASentenceOfItsOwn() {
        ParsedArticle p = SharedPipeline.get().parse(SharedPipeline.article(
                "Talks in the north\n\nThe delegates met in Reykjavik.", "2024-05-16"));
        assertEquals(2, p.sentences().size());
    }

    @Test
    void overlongSentenceIsNotParsed() {
        String run = "word ".repeat(200) + "end.";
        ParsedArticle p = SharedPipeline.get().parse(SharedPipeline.article("The envoys met. " + run, "2024-05-16"));
        assertTrue(p.sentences().get(0).parsed());
        Sentence longOne = p.sentences().get(1);
        assertFalse(longOne.parsed());
        assertTrue(longOne.dependencies().isEmpty());
    }

    @Test
    void textLongerThanTheCapIsCut() {
        NlpPipeline small = new NlpPipeline("tokenize,ssplit", 20, 120);
        ParsedArticle p = small.parse(SharedPipeline.article("Short first sentence. And a second one after it.", null));
        int last = p.sentences().get(p.sentences().size() - 1).end();
        assertTrue(last <= 20, "parsed up to " + last);
    }
}
