package org.parley.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** All of Parley's settings: {@code application.properties}, {@code PARLEY_*} environment variables, or flags. */
@ConfigMapping(prefix = "parley")
public interface ParleyConfig {

    /** Base under which data IRIs are minted; the server answers for them. Ends with a slash. */
    @WithDefault("http://localhost:8080/")
    String baseIri();

    /** Folder of the embedded TDB2 store ({@code PARLEY_STORE}, {@code --store}). */
    @WithDefault("data/tdb2")
    Path store();

    /** Bearer token that SPARQL Update and Graph Store writes must carry; with none, writes are off. */
    Optional<String> updateToken();

    /** Ceiling on a query's run time; a request may only lower it. */
    @WithDefault("30s")
    Duration queryTimeout();

    /** Most rows (or triples) a query answer may hold. */
    @WithDefault("100000")
    long resultLimit();

    /** Largest query or update text accepted, in characters. */
    @WithDefault("1000000")
    int maxQueryLength();

    /** Language processing. */
    Nlp nlp();

    /** Ingestion of articles. */
    Ingest ingest();

    interface Nlp {
        /** CoreNLP annotators, in order. */
        @WithDefault("tokenize,ssplit,pos,lemma,ner,depparse")
        String annotators();

        /** Longest article text passed to the parser, in characters; the rest is cut off with a warning. */
        @WithDefault("200000")
        int maxTextLength();

        /** Longest sentence passed to the parser, in tokens; longer ones are not parsed. */
        @WithDefault("120")
        int maxSentenceTokens();
    }

    interface Ingest {
        /** Parallel article workers; 0 means one per core. */
        @WithDefault("0")
        int threads();

        /** Largest input file read, in bytes. */
        @WithDefault("5000000")
        @WithName("max-file-bytes")
        long maxFileBytes();
    }
}
