package org.parley.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the sources have handed over before, so that nothing is ingested twice: per item (its canonical
 * URL, or a file's path) the HTTP validators and the hash of the content last taken. Kept in a small
 * tab-separated file beside the store, rewritten whole (write, then rename) after each item that changes it,
 * so that a crash leaves the old file or the new one; it survives restarts.
 */
final class SeenItems {

    /** One item as last seen: the validators for a conditional GET and the SHA-256 of what was taken. */
    record Seen(String key, Optional<String> etag, Optional<String> lastModified, String contentHash) {}

    private final Path file;
    private final Map<String, Seen> byKey = new LinkedHashMap<>();

    SeenItems(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 4) {
                        byKey.put(f[0], new Seen(f[0], optional(f[1]), optional(f[2]), f[3]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sources state " + file, e);
            }
        }
    }

    synchronized Optional<Seen> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Another item already taken with exactly this content, if any. */
    synchronized Optional<String> keyOfContent(String contentHash) {
        return byKey.values().stream().filter(s -> s.contentHash().equals(contentHash)).map(Seen::key).findFirst();
    }

    /**
     * Records an item and writes the state at once, so that a server stopped in the middle of a poll starts
     * again after the last item it settled, neither taking that one again nor skipping the next.
     */
    synchronized void put(Seen seen) {
        if (!seen.equals(byKey.put(seen.key(), seen))) {
            save();
        }
    }

    synchronized int size() {
        return byKey.size();
    }

    /** Writes the state to its file. */
    private void save() {
        List<String> lines = new ArrayList<>();
        for (Seen s : byKey.values()) {
            lines.add(String.join("\t", s.key(), s.etag().map(SeenItems::clean).orElse(""),
                    s.lastModified().map(SeenItems::clean).orElse(""), s.contentHash()));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sources state " + file, e);
        }
    }

    /**
     * The form of a URL that identifies an item: scheme and host in lower case, no default port, no
     * fragment, and no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}), so that the same
     * article linked twice is one item.
     */
    static String canonical(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String query = uri.getRawQuery() == null ? null : List.of(uri.getRawQuery().split("&")).stream()
                .filter(p -> !p.isEmpty())
                .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_") && !p.startsWith("fbclid=") && !p.startsWith("gclid="))
                .collect(Collectors.joining("&"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        try {
            return new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), port, null, null, null).toString()
                    + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return uri.toString();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Header values never hold line breaks, but a tab would break a row. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]", " ");
    }
}
