package org.parley.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short articles of our own, each reporting one meeting between two invented officials of invented states. */
final class GeneratedArticles {
    private static final String[] GIVEN = {"Tarel", "Ilse", "Halvard", "Dasha", "Corwen", "Oskan", "Lirra", "Bastien", "Nadia", "Teodor"};
    private static final String[] FAMILY = {"Vosk", "Brandvik", "Oskarsen", "Meret", "Ambrin", "Kastel", "Dovran", "Selwyn", "Harrow", "Quist"};
    private static final String[] STATES = {"Norvania", "Estmark", "Valdoria", "Morvath", "Brevonia", "Lindqvar"};
    private static final String[] CITIES = {"Vessingen", "Dunmere", "Tallmark", "Ferrow", "Ambry", "Rudna"};
    private static final String[] TITLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] TOPICS = {"fishing quotas in the northern strait", "a disputed river crossing",
            "the exchange of prisoners", "rail links between their capitals", "grain exports through the port"};

    private GeneratedArticles() {}

    static String text(int i) {
        String a = STATES[i % STATES.length];
        String b = STATES[(i + 1 + i / STATES.length) % STATES.length];
        if (a.equals(b)) {
            b = STATES[(i + 2) % STATES.length];
        }
        String city = CITIES[i % CITIES.length];
        return """
                date 2024-05-%02d By Staff Writer, THE COURIER

                %s - %s %s %s of %s met %s %s %s of %s in %s on %s to discuss %s.

                The two delegations agreed to meet again next month, officials said in report number %d.
                """.formatted(1 + i % 28, city.toUpperCase(), TITLES[i % TITLES.length], GIVEN[i % GIVEN.length],
                FAMILY[(i / GIVEN.length) % FAMILY.length], a, TITLES[(i + 1) % TITLES.length], GIVEN[(i + 3) % GIVEN.length],
                FAMILY[(i + 5) % FAMILY.length], b, city, DAYS[i % DAYS.length], TOPICS[i % TOPICS.length], i + 1);
    }

    /** Writes {@code n} articles into {@code folder} as article-NNN.txt. */
    static List<Path> write(Path folder, int n) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(folder.resolve("article-%03d.txt".formatted(i)), text(i)));
        }
        return files;
    }
}
