package org.parley.schedule;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The status page and metrics of the watched folder the test profile configures ({@code inbox}). */
@QuarkusTest
class SourcesResourceTest {
    private static final Path INBOX = Path.of("target/test-inbox");

    @AfterEach
    void clean() throws IOException {
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
}
