package org.parley.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

    /**
     * How long a stopping process may take before it halts: a stop that hangs would hold the store's lock and
     * the port until something kills it. Halting is as safe as a crash (TDB2 replays only committed writes).
     */
    @WithDefault("60s")
    Duration shutdownLimit();

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

    /** Feeds and folders polled on a schedule; none by default. */
    Sources sources();

    /** A remote store written to instead of the embedded one. */
    Remote remote();

    /** Entity resolution and the canonical layer across articles. */
    Resolve resolve();

    interface Resolve {
        /**
         * Curated same-as / different-from corrections ({@code PARLEY_RESOLVE_OVERRIDES}); a missing file means none.
         * Format in {@code resolve/overrides.tsv}.
         */
        @WithDefault("resolve/overrides.tsv")
        Path overrides();
    }

    /** Compaction of the embedded store by a serving process. */
    Compaction compaction();

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

    interface Sources {
        /** Feeds by name: {@code parley.sources.feeds.<name>.url=https://…/feed.xml}. */
        Map<String, Feed> feeds();

        /** Folders by name: {@code parley.sources.folders.<name>.path=/srv/articles}. */
        Map<String, Folder> folders();

        /** How often the scheduler looks for sources that are due. */
        @WithDefault("10s")
        Duration tick();

        /** File that remembers what was taken from the sources; default: beside the store, {@code <store>.sources.tsv}. */
        Optional<Path> state();

        /** Sources polled at once; each host still gets one request at a time. */
        @WithDefault("2")
        int workers();

        /** This ingester's share of the sources when several run: {@code i/n} takes the sources whose name hashes to i modulo n. */
        @WithDefault("0/1")
        String partition();

        /** Limits of the HTTP client. */
        Fetch fetch();

        interface Feed {
            /** The RSS 2.0 or Atom document; http or https. */
            URI url();

            /** Time between polls, the first one as the server starts; unused when {@code cron} is set. */
            @WithDefault("30m")
            Duration every();

            /** When to poll instead, as a Quartz cron expression ({@code 0 0/15 * * * ?}), in the server's time zone. */
            Optional<String> cron();

            @WithDefault("true")
            boolean enabled();

            /** Take the item's content from the feed (it carries the full text) instead of fetching the linked page. */
            @WithDefault("false")
            boolean useContent();
        }

        interface Folder {
            /** Folder whose article files (.txt, .text, .html, .htm) are ingested, recursively. */
            Path path();

            /** Time between polls, the first one as the server starts; unused when {@code cron} is set. */
            @WithDefault("5m")
            Duration every();

            /** When to poll instead, as a Quartz cron expression, in the server's time zone. */
            Optional<String> cron();

            @WithDefault("true")
            boolean enabled();
        }

        interface Fetch {
            @WithDefault("10s")
            Duration connectTimeout();

            /** Longest wait for a whole response, body included. */
            @WithDefault("30s")
            Duration readTimeout();

            /** Largest feed or page taken, in bytes. */
            @WithDefault("5000000")
            long maxBytes();

            @WithDefault("5")
            int maxRedirects();

            @WithDefault("Parley/0.1 (+https://w3id.org/parley)")
            String userAgent();

            /** Tries per request for failures that may pass (timeouts, 5xx, 429). */
            @WithDefault("3")
            int attempts();

            /** Pause before the second try; it doubles for each further one. */
            @WithDefault("2s")
            Duration backoff();
        }
    }

    interface Compaction {
        /**
         * How often {@code serve} measures the store between writes, and starts watching its writes once it is
         * open; {@code off} switches scheduled compaction off.
         */
        @WithDefault("5s")
        String every();

        /** How soon after a write begins or ends {@code serve} measures the store (it only reads counters meanwhile). */
        @WithDefault("100ms")
        Duration afterWrites();

        /**
         * Compact when the store is this many times its size after the last compaction (a store never compacted
         * is compacted once it is {@code min-bytes}). A compaction packs the indexes, so the store right after it is
         * about half a fresh load; the copy is on disk beside the store while it is made, so at 2 the disk holds
         * about 1.5 fresh loads at most.
         */
        @WithDefault("2.0")
        double growth();

        /** Stores smaller than this, in bytes, are never compacted on the schedule. */
        @WithDefault("16000000")
        long minBytes();
    }

    interface Remote {
        /**
         * SPARQL endpoint (or RDF4J Server / GraphDB repository, {@code …/repositories/<id>}) that the scheduled
         * sources and {@code POST /articles} write to instead of the embedded store.
         */
        Optional<String> endpoint();

        /** SPARQL Update endpoint of that store, when it is not the {@code endpoint} URL. */
        Optional<String> updateEndpoint();

        /** Bearer token for that store's updates. */
        Optional<String> token();

        /** Tries per article write to a remote store. */
        @WithDefault("3")
        int attempts();

        /** Pause before the second try; it doubles for each further one. */
        @WithDefault("1s")
        Duration backoff();
    }
}
