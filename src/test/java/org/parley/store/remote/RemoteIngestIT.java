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
        Path article = Files.writeString(dir.resolve("salmon.txt"), """
                date 2024-05-16 By A. Writer, THE TOWN CRIER

                The foreign ministers of Norway and Chile met in Oslo on Thursday to talk about salmon farming.
                """);
        try (FusekiProcess fuseki = new FusekiProcess(Files.createDirectories(dir.resolve("fuseki")))) {
            var first = ParleyProcess.run(List.of("-Xmx3g"), "ingest", "--endpoint", fuseki.url("sparql"),
                    "--update-endpoint", fuseki.url("update"), article.toString());
            assertEquals(0, first.exitCode(), first.stderr());
            assertTrue(first.stderr().contains("1 ingested"), first.stderr());

            var meetings = ParleyProcess.run(List.of("-Xmx512m"), "query", "--endpoint", fuseki.url("sparql"),
                    "--format", "csv", Path.of("queries", "meetings.rq").toString());
            assertEquals(0, meetings.exitCode(), meetings.stderr());
            List<String> rows = meetings.stdout().lines().filter(l -> l.contains(article.toString())).toList();
            assertEquals(2, rows.size(), "one row per party:\n" + meetings.stdout());
            assertTrue(rows.stream().allMatch(r -> r.contains(",occurred")), meetings.stdout());

            var again = ParleyProcess.run(List.of("-Xmx3g"), "ingest", "--endpoint", fuseki.url("sparql"),
                    "--update-endpoint", fuseki.url("update"), article.toString());
            assertEquals(0, again.exitCode(), again.stderr());
            assertTrue(again.stderr().contains("0 ingested, 1 unchanged"), again.stderr());
        }
    }
}
