package org.parley.source;

import org.parley.domain.Article;
import org.parley.domain.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one article from a file, standard input or bytes fetched elsewhere, and names it. Every
 * problem with the input is a {@link Outcome.Rejected} with one line naming the input and the reason;
 * no input is read beyond the configured size.
 */
public final class ArticleSource {
    /** Hex digits of the content hash that name an article read from standard input. */
    private static final int STDIN_HASH_DIGITS = 16;

    private final long maxBytes;
    private final InputStream stdin;

    /**
     * @param maxBytes largest input accepted, in bytes ({@code parley.ingest.max-file-bytes})
     * @param stdin    what {@code -} reads
     */
    public ArticleSource(long maxBytes, InputStream stdin) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the largest input must be at least one byte: " + maxBytes);
        }
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16L);
        this.stdin = stdin;
    }

    /** Reads a file; {@link InputPaths#STDIN} reads standard input. */
    public Outcome<Article> read(Path file) {
        if (file.equals(InputPaths.STDIN)) {
            return readStdin();
        }
        String id = fileId(file);
        if (Files.isDirectory(file)) {
            return rejected(id, "is a folder that could not be listed");
        }
        try {
            if (!Files.exists(file)) {
                return rejected(id, "no such file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                return rejected(id, tooLarge(Files.size(file) + " bytes"));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                return rejected(id, tooLarge("more than " + maxBytes + " bytes"));
            }
            return parse(id, Optional.empty(), bytes, mediaType(file));
        } catch (NoSuchFileException e) {
            return rejected(id, "no such file");
        } catch (AccessDeniedException e) {
            return rejected(id, "cannot be read: permission denied");
        } catch (IOException e) {
            return rejected(id, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads bytes that came from elsewhere. {@code -} names standard input; another name (a URL, say) is
     * the article's source unless the page states its own canonical address.
     *
     * @param mediaType the {@code Content-Type} the bytes came with, when known
     */
    public Outcome<Article> read(String sourceName, byte[] bytes, Optional<String> mediaType) {
        boolean stdin = sourceName.equals("-");
        String id = stdin ? "stdin" : sourceName;
        if (bytes.length > maxBytes) {
            return rejected(id, tooLarge(bytes.length + " bytes"));
        }
        Optional<String> baseUri = stdin ? Optional.empty() : HtmlLayout.httpUrl(sourceName, Optional.empty());
        Outcome<Article> outcome = parse(id, baseUri, bytes, mediaType);
        if (stdin && outcome instanceof Outcome.Ok<Article> ok && ok.value().source().equals(id)) {
            Article article = ok.value();
            String name = "stdin:" + article.contentHash().substring(0, STDIN_HASH_DIGITS);
            return Outcome.ok(new Article(name, article.title(), article.published(), article.authors(),
                    article.publisher(), article.language(), article.text(), article.contentHash()));
        }
        return outcome;
    }

    private Outcome<Article> readStdin() {
        try {
            byte[] bytes = stdin.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                return rejected("stdin", tooLarge("more than " + maxBytes + " bytes"));
            }
            return read("-", bytes, Optional.empty());
        } catch (IOException e) {
            return rejected("stdin", "cannot be read: " + e.getMessage());
        }
    }

    private static Outcome<Article> parse(String id, Optional<String> baseUri, byte[] bytes,
                                          Optional<String> mediaType) {
        Outcome<String> decoded = TextDecoder.decode(id, bytes);
        if (decoded instanceof Outcome.Rejected<String> r) {
            return rejected(id, r.reason());
        }
        String text = ((Outcome.Ok<String>) decoded).value();
        boolean html = mediaType.map(type -> type.toLowerCase(Locale.ROOT).contains("html")).orElse(false)
                || HtmlLayout.sniff(text);
        ArticleParts parts = html ? HtmlLayout.parse(text, baseUri) : PlainTextLayout.parse(text);
        if (parts.body().isBlank()) {
            return rejected(id, html ? "no article text found" : "has a metadata line but no article text");
        }
        Optional<String> foreign = LanguageGuess.notEnglish(parts.body());
        if (foreign.isPresent()) {
            return rejected(id, "not English text (looks like " + foreign.get() + ")");
        }
        return Outcome.ok(new Article(parts.canonicalUrl().orElse(id), parts.title(), parts.published(),
                parts.authors(), parts.publisher(), "en", parts.body(), sha256(parts.body())));
    }

    /** A file's name as an IRI: absolute and normalised, so that one file has one name however it is reached. */
    static String fileId(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    private static Optional<String> mediaType(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of("text/html");
        }
        return Optional.empty();
    }

    private String tooLarge(String size) {
        return "is too large: " + size + ", the limit is " + maxBytes + " (parley.ingest.max-file-bytes)";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Outcome<Article> rejected(String id, String reason) {
        return Outcome.rejected(TextDecoder.STAGE, id, reason);
    }
}
