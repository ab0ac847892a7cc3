package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The few settings read from the arguments before Quarkus starts: only {@code serve} and {@code demo}
 * open the HTTP port and poll the scheduled sources; {@code --port}, {@code --store} and {@code --base-iri} become configuration.
 */
record LaunchSettings(Map<String, String> properties) {
    private static final Set<String> SERVING = Set.of("serve", "demo");
    private static final Map<String, String> OPTION_PROPERTIES = Map.of(
            "--port", "quarkus.http.port",
            "--store", "parley.store",
            "--base-iri", "parley.base-iri");

    static LaunchSettings from(String... args) {
        Map<String, String> props = new LinkedHashMap<>();
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (command == null && !arg.startsWith("-")) {
                command = arg;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            String property = OPTION_PROPERTIES.get(name);
            if (property != null) {
                if (eq > 0) {
                    props.put(property, arg.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    props.put(property, args[++i]);
                }
            }
        }
        boolean serving = command != null && SERVING.contains(command);
        props.put("quarkus.http.host-enabled", Boolean.toString(serving));
        // a one-off command (ingest, query, stats…) must not start polling the configured feeds
        props.put("quarkus.scheduler.enabled", Boolean.toString(serving));
        if (!serving) {
            props.put("quarkus.log.category.\"io.quarkus\".level", "WARN");
        }
        return new LaunchSettings(props);
    }

    void apply() {
        properties.forEach(System::setProperty);
    }
}
