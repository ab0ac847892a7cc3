package org.parley.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LaunchSettingsTest {
    @Test
    void onlyServingCommandsPollTheScheduledSources() {
        assertEquals("true", LaunchSettings.from("serve", "--port", "9090").properties().get("quarkus.scheduler.enabled"));
        assertEquals("true", LaunchSettings.from("demo").properties().get("quarkus.scheduler.enabled"));
        assertEquals("false", LaunchSettings.from("ingest", "feed.xml").properties().get("quarkus.scheduler.enabled"));
        assertEquals("false", LaunchSettings.from("stats", "--store", "x").properties().get("quarkus.scheduler.enabled"));
    }
}
