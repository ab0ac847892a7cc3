package org.parley.web.pages;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.resolve.Iris;
import org.parley.store.ParleyStore;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver): a reader follows links, runs an
 * example query, opens each view, and hostile article text stays text. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static WebDriver driver;
    private static Path profile;

    @Inject
    ParleyStore store;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("parley-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void load() {
        PagesFixture.load(store);
    }

    @AfterEach
    void empty() {
        PagesFixture.clear(store);
    }

    @Test
    void aReaderFollowsLinksFromHomeToAnEntityAndAMeeting() throws IOException {
        driver.get(root.toString());
        assertEquals("Parley", driver.getTitle());
        assertEquals("2", driver.findElement(By.cssSelector(".count[data-group='articles']")).getText());
        shot("home");
        driver.findElement(By.linkText("Freedonia")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Freedonia"));
        List<WebElement> events = driver.findElements(By.cssSelector("#events li"));
        assertEquals(3, events.size(), "two meetings and a call: " + events);
        assertTrue(driver.findElement(By.id("disputes")).getText().contains("Eastern Marches"));
        shot("entity");
        driver.findElement(By.cssSelector("#events li a[href*='/id/meeting/" + PagesFixture.sampleSlug() + "']")).click();
        waitFor(d -> d.findElement(By.id("parties")).isDisplayed());
        assertEquals("Freedonia, Sylvania", driver.findElement(By.id("parties")).getText());
        assertTrue(driver.findElement(By.id("delegates")).getText().contains("Ana Lopez"));
        assertEquals("Port Town", driver.findElement(By.id("place")).getText());
        assertEquals("occurred", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.cssSelector("mark.evidence-sentence")).getText().startsWith("Envoys of Freedonia and Sylvania met"));
        waitFor(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-drawn")));
        assertEquals("1", driver.findElement(By.id("map")).getAttribute("data-markers"), "a small map marks the meeting's place");
        shot("meeting");
    }

    @Test
    void anExampleQueryRunsAndItsRowsLinkBackIntoThePages() throws IOException {
        driver.get(root + "query");
        waitFor(d -> d.findElements(By.cssSelector(".CodeMirror")).size() == 1);
        driver.findElement(By.cssSelector("button.example[data-name='meetings.rq']")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#result-table tbody tr")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#result-table tbody tr"));
        assertEquals(4, rows.size(), "two parties of each of two meetings");
        shot("query");
        WebElement participant = driver.findElement(By.cssSelector("#result-table a[href='/id/state/freedonia']"));
        participant.click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Freedonia"));
    }

    @Test
    void theNetworkDrawsActorsAndFiltersByDate() throws IOException {
        driver.get(root + "views/network");
        waitFor(d -> js("return window.parleyNetwork ? window.parleyNetwork.nodes().length : 0").equals(2L));
        assertEquals(2L, js("return window.parleyNetwork.edges().length"));
        shot("network");
        ((JavascriptExecutor) driver).executeScript(
                "const f = document.getElementById('from'); f.value = '2024-04-01'; f.dispatchEvent(new Event('change'));");
        assertEquals(1L, js("return window.parleyNetwork.edges().length"), "only the April meeting is left");
    }

    @Test
    void theMapDrawsTheWorldOfflineAndMarksPlacesWithCoordinates() throws IOException {
        driver.get(root + "views/map");
        waitFor(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-drawn")));
        assertTrue(driver.findElements(By.cssSelector("#map path.leaflet-interactive")).size() > 100, "country outlines");
        assertEquals(1L, js("return window.parleyMarkers"));
        assertEquals(1, driver.findElements(By.cssSelector("#map path.place-marker")).size());
        assertEquals(List.of(PagesFixture.PORT_TOWN.latitude(), PagesFixture.PORT_TOWN.longitude()), js(
                "const at = []; window.parleyMap.eachLayer(l => { if (l instanceof L.CircleMarker) at.push(l.getLatLng()); });"
                        + " return [at[0].lat, at[0].lng];"), "the marker stands on the gazetteer's point");
        shot("map");
        driver.findElement(By.cssSelector("#map path.place-marker")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".leaflet-popup-content a")).isEmpty());
        assertEquals("Port Town (2)", driver.findElement(By.cssSelector(".leaflet-popup-content a")).getText(),
                "the place of both articles' meetings");
    }

    @Test
    void anEntityPageLinksOutAndMapsItsPoint() throws IOException {
        driver.get(root + "id/place/port-town");
        waitFor(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-drawn")));
        assertEquals("1", driver.findElement(By.id("map")).getAttribute("data-markers"));
        List<WebElement> out = driver.findElements(By.cssSelector("#same-as a"));
        assertEquals(Set.of("Wikidata Q4242", "GeoNames 4243"), out.stream().map(WebElement::getText).collect(Collectors.toSet()));
        assertEquals(Set.of("http://www.wikidata.org/entity/Q4242", "https://sws.geonames.org/4243/"),
                out.stream().map(a -> a.getAttribute("href")).collect(Collectors.toSet()));
        assertEquals("41.9, 12.5", driver.findElement(By.id("coordinates")).getText());
        shot("entity-place");
    }

    @Test
    void theMapSaysSoWhenNoPlaceHasCoordinates() {
        PagesFixture.load(store, false);
        driver.get(root + "views/map");
        waitFor(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-drawn")));
        assertTrue(driver.findElement(By.id("no-coordinates")).isDisplayed());
        assertEquals("0", driver.findElement(By.id("map")).getAttribute("data-markers"));
        assertEquals("Port Town", driver.findElement(By.cssSelector("#places tbody td a")).getText());
    }

    @Test
    void theTimelineShowsMeetingsCallsAndDisputes() throws IOException {
        driver.get(root + "views/timeline");
        waitFor(d -> !d.findElements(By.cssSelector("#timeline .vis-item")).isEmpty());
        assertEquals(4L, js("return window.parleyTimelineItems"), "two meetings, a call and a dispute");
        assertFalse(driver.findElements(By.cssSelector("#timeline .vis-item")).isEmpty());
        shot("timeline");
    }

    @Test
    void scriptInAnArticleIsShownAsTextAndNeverRuns() throws IOException {
        driver.get(root + "id/article/" + PagesFixture.hostileSlug());
        waitFor(d -> d.findElement(By.id("article-text")).isDisplayed());
        String text = driver.findElement(By.id("article-text")).getText();
        assertTrue(text.contains("<script>window.__pwned = true;"), text);
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<b>resume</b>"));
        assertEquals(0, driver.findElements(By.cssSelector("#article-text script, #article-text img")).size());
        assertNotEquals("pwned", driver.getTitle());
        assertEquals(Boolean.FALSE, js("return window.__pwned === true"));
        shot("article");
        // the same text in a meeting's sources and in a query answer
        driver.get(root + "id/meeting/" + PagesFixture.hostileSlug() + "-m1");
        assertTrue(driver.findElement(By.cssSelector("mark.evidence-sentence")).getText().contains("<script>"));
        assertEquals(Boolean.FALSE, js("return window.__pwned === true"));
    }

    @Test
    void aMeetingPageShowsEveryArticlesStatusInOrderOfPublication() throws IOException {
        PagesFixture.loadHistory(store);
        String first = Iris.articleSlug(PagesFixture.HISTORY_SOURCES.get(0));
        driver.get(root + "id/meeting/" + first + "-m1");
        waitFor(d -> d.findElement(By.id("history")).isDisplayed());
        assertEquals("planned", driver.findElement(By.id("status")).getText(), "this article's own status");
        assertEquals(List.of("2025-01-03", "2025-01-10", "2025-01-21"), column("#history tbody tr td time"));
        assertEquals(List.of("planned", "planned", "occurred"), column("#history tbody td.status"));
        assertEquals(List.of("2025-01-20", "not given", "2025-01-20"), column("#history tbody td.date"));
        assertEquals(List.of("Vellport", "Vellport", "Vellport"), column("#history tbody td.place"));
        assertEquals("planned (reported 3 Jan 2025) → occurred (reported 21 Jan 2025)",
                driver.findElement(By.id("status-changes")).getText());
        assertEquals(1, driver.findElements(By.cssSelector("#history tr.current")).size());
        assertTrue(driver.findElement(By.cssSelector("#history tr.current")).getText().startsWith("2025-01-03"));
        assertEquals("Vellport talks <i>still</i> on", driver.findElements(By.cssSelector("#history a.article")).get(1).getText(),
                "a headline's markup is shown as text");
        assertEquals(0, driver.findElements(By.cssSelector("#history i")).size());
        shot("meeting-history");
        // from the last article's row to that article's meeting, which says it occurred
        driver.findElements(By.cssSelector("#history a.report")).get(1).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/meeting/" + Iris.articleSlug(PagesFixture.HISTORY_SOURCES.get(2)) + "-m1"));
        assertEquals("occurred", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElements(By.cssSelector("#history tr.current")).get(0).getText().startsWith("2025-01-21"));
    }

    @Test
    void aCanonicalEventHasItsOwnPageWithTheLatestStatusAndEveryReport() throws IOException {
        PagesFixture.loadHistory(store);
        driver.get(root + "id/meeting/" + Iris.articleSlug(PagesFixture.HISTORY_SOURCES.get(1)) + "-m1");
        driver.findElement(By.id("canonical")).click();
        waitFor(d -> d.getCurrentUrl().contains("/id/event/meeting-"));
        assertEquals("meeting across articles · talks", driver.findElement(By.cssSelector("p.kind")).getText());
        assertEquals("occurred", driver.findElement(By.id("status")).getText(), "the latest report's status");
        assertEquals("2025-01-20", driver.findElement(By.id("date")).getText());
        assertEquals("Borduria, Ruritania", driver.findElement(By.id("parties")).getText());
        assertEquals("Vellport", driver.findElement(By.id("place")).getText());
        assertEquals("3", driver.findElement(By.id("source-count")).getText());
        assertEquals(List.of("planned", "planned", "occurred"), column("#history tbody td.status"));
        assertEquals(0, driver.findElements(By.cssSelector("#history tr.current")).size(), "no row is this page's own");
        List<String> reports = driver.findElements(By.cssSelector("#history a.report")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertEquals(PagesFixture.HISTORY_SOURCES.stream().map(s -> root + "id/meeting/" + Iris.articleSlug(s) + "-m1").toList(),
                reports, "each row links to its article's meeting");
        assertTrue(driver.findElement(By.id("latest")).getAttribute("href").endsWith(
                Iris.articleSlug(PagesFixture.HISTORY_SOURCES.get(2)) + "-m1"));
        shot("canonical-event");
    }

    @Test
    void aDisputePageShowsWhoHeldTheTerritoryAsEachArticleSaid() throws IOException {
        PagesFixture.loadHistory(store);
        driver.get(root + "id/dispute/" + Iris.articleSlug(PagesFixture.HISTORY_SOURCES.get(0)) + "-d1");
        waitFor(d -> d.findElement(By.id("control")).isDisplayed());
        assertEquals("Ruritania", driver.findElement(By.id("controller")).getText(), "this article's own word");
        assertEquals(List.of("2025-01-03", "2025-01-21"), column("#control tbody tr td time"));
        assertEquals(List.of("Ruritania", "Borduria"), column("#control tbody td.controller"));
        assertEquals(List.of("", "most of"), column("#control tbody td.extent"));
        assertEquals(List.of("contested", "occupied"), column("#control tbody td.dispute-kind"));
        assertEquals(List.of("Borduria, Ruritania", "Borduria, Ruritania"), column("#control tbody td.claimants"));
        assertEquals(List.of("The Saltmarsh Isles, claimed by both states, are held by Ruritania.",
                "Borduria now holds most of the Saltmarsh Isles after its troops landed there last week."),
                column("#control tbody td.evidence q"));
        assertEquals("Ruritania (reported 3 Jan 2025) → Borduria (reported 21 Jan 2025)",
                driver.findElement(By.id("control-changes")).getText());
        shot("dispute-control");
        driver.findElement(By.id("canonical")).click();
        waitFor(d -> d.getCurrentUrl().contains("/id/event/dispute-"));
        assertEquals("Borduria (most of)", driver.findElement(By.id("controller")).getText(), "as the latest article says");
        assertEquals("Borduria, Ruritania", driver.findElement(By.id("claimants")).getText());
        assertEquals("2", driver.findElement(By.id("source-count")).getText());
        assertEquals(List.of("Ruritania", "Borduria"), column("#control tbody td.controller"));
        shot("canonical-dispute");
        driver.findElement(By.cssSelector("#territory a")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Saltmarsh Isles"));
        assertEquals(List.of("Ruritania", "Borduria"), column("#control tbody td.controller"), "the territory's own page");
        assertEquals(List.of("dispute over Saltmarsh Isles as territory; reported 2025-01-03",
                "dispute over Saltmarsh Isles as territory; reported 2025-01-21"), column("#disputes li"),
                "two articles' disputes, told apart by their dates");
        shot("entity-territory");
    }

    @Test
    void theSourcesPageListsTheConfiguredFolder() throws IOException {
        driver.get(root + "sources");
        waitFor(d -> !d.findElements(By.cssSelector("#sources tr[data-source='inbox']")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#sources tr[data-source='inbox']")).getText().contains("test-inbox"));
        shot("sources");
    }

    /** The text of every element the selector finds, in page order. */
    private static List<String> column(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    private static void shot(String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
