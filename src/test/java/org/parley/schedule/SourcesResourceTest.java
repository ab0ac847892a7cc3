package org.parley.schedule;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.domain.Article;
import org.parley.domain.Outcome;
import org.parley.resolve.ArticleAnalyzer;
import org.parley.source.ArticleReader;
import org.parley.store.ParleyStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The status page and metrics of the watched folder the test profile configures ({@code inbox}). */
@QuarkusTest
class SourcesResourceTest {
    private static final Path INBOX = Path.of("target/test-inbox");

    @Inject
    ArticleReader reader;
    @Inject
    ArticleAnalyzer analyzer;
    @Inject
    ParleyStore store;

    /** Loads the language models before a poll, so that a request does not wait for them. */
    @BeforeEach
    void loadTheModels() {
        if (reader.read("warm-up", "The envoys met on Monday.".getBytes(StandardCharsets.UTF_8), Optional.of("text/plain"))
                instanceof Outcome.Ok<Article> ok) {
            analyzer.analyze(ok.value());
        }
    }

    @AfterEach
    void clean() throws IOException {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, dsg::clear);
        if (Files.exists(INBOX)) {
            try (Stream<Path> files = Files.walk(INBOX)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void pollingNeedsTheToken() {
        given().post("/sources/inbox/poll").then().statusCode(401);
        given().header("Authorization", "Bearer test-update-token").post("/sources/nothing/poll").then().statusCode(404);
    }

    @Test
    void aPolledFolderShowsOnTheStatusPageAndInTheMetrics() throws IOException {
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("one.txt"), "The envoys met on the old bridge on Monday.\n");
        Files.writeString(INBOX.resolve("two.txt"), "The ministers spoke by phone on Tuesday.\n");
        Files.writeString(INBOX.resolve("ignored.pdf"), "not an article");
        int before = given().get("/sources").then().extract().path("sources[0].seen");

        given().header("Authorization", "Bearer test-update-token").post("/sources/inbox/poll").then().statusCode(200)
                .body("name", equalTo("inbox")).body("seen", equalTo(before + 2));
        // a second poll finds the same files unchanged and hands nothing over
        given().header("Authorization", "Bearer test-update-token").post("/sources/inbox/poll").then().statusCode(200)
                .body("seen", equalTo(before + 4));
        int unchanged = given().get("/sources").then().statusCode(200)
                .body("sources[0].kind", equalTo("folder"))
                .body("sources[0].lastPoll", matchesPattern("\\d{4}-.*Z"))
                .body("sources[0].nextPoll", matchesPattern("\\d{4}-.*Z"))
                .extract().path("sources[0].unchanged");
        org.junit.jupiter.api.Assertions.assertTrue(unchanged >= 2);

        given().accept("text/plain").get("/sources").then().statusCode(200).body(containsString("inbox (folder"));
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*parley_source_items_seen\\{source=\"inbox\"\\} " + (before + 4) + "\\.0.*"))
                .body(containsString("parley_source_next_poll{source=\"inbox\"}"));
    }

    @Test
    void theStatusPageShowsEachSourceAndItsFailuresEscaped() throws IOException {
        Files.createDirectories(INBOX);
        // an empty article fails; its file name carries markup that must show as text
        Files.writeString(INBOX.resolve("<b>empty.txt"), "  \n");
        given().header("Authorization", "Bearer test-update-token").post("/sources/inbox/poll").then().statusCode(200);

        given().accept("text/html").get("/sources").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Sources · Parley</title>"))
                .body(containsString("<tr data-source=\"inbox\">"))
                .body(containsString("every 1h"))
                .body(matchesPattern("(?s).*<td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC</td>.*"))
                .body(containsString("Latest failures of inbox"))
                .body(containsString("&lt;b&gt;empty.txt"))
                .body(not(containsString("<b>empty.txt")));
        // a client that names no type still gets JSON
        given().get("/sources").then().statusCode(200).contentType(containsString("application/json"))
                .body("sources[0].schedule", equalTo("every 1h"));
    }
}
