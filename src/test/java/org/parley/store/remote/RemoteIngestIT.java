package org.parley.store.remote;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code parley ingest --endpoint} and {@code parley query --endpoint}, as a user runs them, against a real Fuseki server. */
class RemoteIngestIT {
    @TempDir
    Path dir;

    @Test
    void ingestWithEndpointWritesToFusekiAndTheExampleQueryReadsItBack() throws Exception {
        // the project's sample article, which reports two meetings
        Path article = Files.copy(Path.of("samples", "01-vienna-summit-1961.txt"), dir.resolve("sample.txt"));
        try (FusekiProcess fuseki = new FusekiProcess(Files.createDirectories(dir.resolve("fuseki")))) {
            var first = ParleyProcess.run(List.of("-Xmx3g"), "ingest", "--endpoint", fuseki.url("sparql"),
                    "--update-endpoint", fuseki.url("update"), article.toString());
            assertEquals(0, first.exitCode(), first.stderr());
            assertTrue(first.stderr().contains("1 ingested"), first.stderr());

            var meetings = ParleyProcess.run(List.of("-Xmx512m"), "query", "--endpoint", fuseki.url("sparql"),
                    "--format", "csv", Path.of("queries", "meetings.rq").toString());
            assertEquals(0, meetings.exitCode(), meetings.stderr());
            List<String> rows = meetings.stdout().lines().filter(l -> l.contains(article.toString())).toList();
            assertTrue(rows.size() >= 2, "a row per party of each meeting:\n" + meetings.stdout());
            assertTrue(rows.stream().allMatch(r -> r.contains(",occurred")), meetings.stdout());

            var again = ParleyProcess.run(List.of("-Xmx3g"), "ingest", "--endpoint", fuseki.url("sparql"),
                    "--update-endpoint", fuseki.url("update"), article.toString());
            assertEquals(0, again.exitCode(), again.stderr());
            assertTrue(again.stderr().contains("0 ingested, 1 unchanged"), again.stderr());
        }
    }
}
