package org.parley.web.pages;

import io.quarkus.runtime.util.ClassPathUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.parley.web.pages.Views.Example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The example queries of {@code queries/} (on the class path as {@code /queries/*.rq}), read once. */
@ApplicationScoped
public class Examples {
    private final List<Example> examples;

    public Examples() {
        List<Example> found = new ArrayList<>();
        try {
            ClassPathUtils.consumeAsPaths("queries", dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".rq")).forEach(f -> found.add(example(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Example::name));
        this.examples = List.copyOf(found);
    }

    public List<Example> all() {
        return examples;
    }

    private static Example example(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            return new Example(name, title(text, name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of the file's opening comment (before its colon): what the query answers, in a few words. */
    static String title(String text, String fallback) {
        String first = text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                .reduce((a, b) -> a + " " + b).orElse(fallback);
        int colon = first.indexOf(':');
        return (colon > 0 ? first.substring(0, colon) : first).strip();
    }
}
