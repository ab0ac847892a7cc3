package org.parley.nlp;

import org.parley.domain.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** One CoreNLP pipeline for every test class in the JVM: loading the models takes most of a test run. */
public final class SharedPipeline {
    private static final NlpPipeline PIPELINE = new NlpPipeline("tokenize,ssplit,pos,lemma,ner,depparse", 200_000, 120);

    private SharedPipeline() {
    }

    public static NlpPipeline get() {
        return PIPELINE;
    }

    /** An article of our own words, published on the given day (or undated when null). */
    public static Article article(String text, String published) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Article("test:" + hash.substring(0, 8), Optional.empty(),
                    Optional.ofNullable(published).map(LocalDate::parse), List.of(), Optional.empty(), "en", text, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
