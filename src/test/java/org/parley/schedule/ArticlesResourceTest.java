package org.parley.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/** {@code POST /articles}: refusals before the pipeline, and articles that go through it into the test store. */
@QuarkusTest
class ArticlesResourceTest {
    @Inject
    ParleyStore store;
    @Inject
    ArticleReader reader;
    @Inject
    ArticleAnalyzer analyzer;

    /** Loads the language models before the requests, so that none waits for them past the client's timeout. */
    @BeforeEach
    void loadTheModels() {
        if (reader.read("warm-up", "The envoys met on Monday.".getBytes(StandardCharsets.UTF_8), Optional.of("text/plain"))
                instanceof Outcome.Ok<Article> ok) {
            analyzer.analyze(ok.value());
        }
    }

    /** Once articles are ingested for real, they must not stay in the store that other tests share. */
    @AfterEach
    void emptyTheStore() {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, dsg::clear);
    }

    private static final String TOKEN = "Bearer test-update-token";
    private static final String TEXT = "The town council of the river port voted on Monday to rebuild the old stone bridge before winter.";

    @Test
    void postWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.TEXT).body(TEXT).post("/articles").then().statusCode(401);
    }

    @Test
    void postWithWrongTokenIsForbidden() {
        given().header("Authorization", "Bearer nope").contentType(ContentType.TEXT).body(TEXT)
                .post("/articles").then().statusCode(403);
    }

    @Test
    void anUnknownMediaTypeIsRefused() {
        given().header("Authorization", TOKEN).contentType("application/pdf").body(new byte[]{1, 2, 3})
                .post("/articles").then().statusCode(415);
    }

    @Test
    void jsonWithoutTextIsABadRequest() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{\"url\": \"https://news.test/a\"}")
                .post("/articles").then().statusCode(400).body(startsWith("the JSON body needs a non-empty \"text\""));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{not json")
                .post("/articles").then().statusCode(400);
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"text\": \"x\", \"published\": \"14 May\"}")
                .post("/articles").then().statusCode(400).body(startsWith("\"published\" must be YYYY-MM-DD"));
    }

    @Test
    void aTextPostTakesItsPublicationDateFromTheQuery() {
        given().header("Authorization", TOKEN).contentType(ContentType.TEXT).queryParam("published", "last week").body(TEXT)
                .post("/articles").then().statusCode(400).body(startsWith("published must be YYYY-MM-DD"));
    }

    @Test
    void aUrlThatIsNotHttpIsABadRequest() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"url\": \"file:///etc/passwd\", \"text\": \"" + TEXT + "\"}")
                .post("/articles").then().statusCode(400);
    }

    @Test
    void aJsonArticleGoesThroughThePipelineAndTheAnswerNamesItsIri() {
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://News.test/story/1?utm_source=feed\", \"published\": \"2024-05-14\", \"title\": \"Bridge talks\", \"text\": \""
                        + TEXT + "\"}")
                .post("/articles").then()
                .statusCode(201)
                .body("name", equalTo("https://news.test/story/1"))
                .body("article", startsWith("http://localhost:8080/id/article/"))
                .body("status", equalTo("ingested"))
                .body("detail", not(emptyOrNullString()));
        // the same article again is left as it is
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body("{\"url\": \"https://news.test/story/1\", \"text\": \"" + TEXT + "\"}")
                .post("/articles").then()
                .statusCode(200)
                .body("status", equalTo("unchanged"));
    }

    @Test
    void plainTextIsNamedByItsContent() {
        given().header("Authorization", TOKEN).contentType("text/plain; charset=utf-8").body(TEXT)
                .post("/articles").then()
                .statusCode(201)
                .body("name", startsWith("posted:"));
    }
}
