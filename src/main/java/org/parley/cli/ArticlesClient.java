package org.parley.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.parley.ingest.ArticleResult;
import org.parley.ingest.ArticleResult.Status;
import org.parley.ingest.IngestService;
import org.parley.ingest.IngestSummary;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code parley ingest --server URL}: hands each article to a running Parley server's {@code POST /articles},
 * so that the server reads, analyses and stores it and this process loads no language models. The answers
 * become the same per-article results and summary as a local ingest.
 */
final class ArticlesClient {
    private final URI articles;
    private final Optional<String> token;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param server  the server's address, e.g. {@code http://localhost:8080/}
     * @param timeout how long one article may take on the server, analysis included
     */
    ArticlesClient(String server, Optional<String> token, Duration timeout) {
        URI base;
        try {
            base = URI.create(server.endsWith("/") ? server : server + "/");
        } catch (IllegalArgumentException e) {
            throw new UserException("--server must be the address of a Parley server, not " + server);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
            throw new UserException("--server must be an http or https address, e.g. http://localhost:8080/, not " + server);
        }
        this.articles = base.resolve("articles");
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts every file (folders expanded, {@code -} for standard input), {@code threads} at a time. */
    IngestSummary ingest(List<Path> files, Optional<LocalDate> published, int threads, IngestService.Listener progress) {
        if (token.isEmpty()) {
            throw new UserException("the server takes articles only with its update token: give --token or set PARLEY_UPDATE_TOKEN");
        }
        long start = System.nanoTime();
        progress.started(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, files.size()))));
        List<ArticleResult> results = new ArrayList<>();
        try {
            List<Future<ArticleResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> post(file, published)));
            }
            for (int i = 0; i < futures.size(); i++) {
                ArticleResult result = resultOf(files.get(i).toString(), futures.get(i));
                results.add(result);
                progress.done(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(results, (System.nanoTime() - start) / 1e9);
    }

    private static ArticleResult resultOf(String name, Future<ArticleResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserException u) {
                throw u;
            }
            return failed(name, "internal error: " + e.getCause());
        }
    }

    /** One article: its bytes as they are, typed by name, for the server to read as it reads files. */
    private ArticleResult post(Path file, Optional<LocalDate> published) {
        String name = file.toString();
        byte[] body;
        try {
            body = name.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage());
        }
        String query = published.map(d -> "?published=" + URLEncoder.encode(d.toString(), StandardCharsets.UTF_8)).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create(articles + query)).timeout(timeout)
                .header("Authorization", "Bearer " + token.orElseThrow())
                .header("Content-Type", mediaType(name, body))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return failed(name, "cannot reach " + articles + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, "interrupted");
        }
        return answer(name, response.statusCode(), response.body());
    }

    /** The server's answer as a result; a refused token stops the batch, since no article would go in. */
    private ArticleResult answer(String name, int status, String body) {
        if (status == 401 || status == 403) {
            throw new UserException(articles + " refused the update token (HTTP " + status
                    + "): give the server's token with --token or PARLEY_UPDATE_TOKEN");
        }
        if (status == 413) {
            return failed(name, "larger than the server accepts (HTTP 413)");
        }
        JsonObject o;
        try {
            o = JSON.parse(body);
        } catch (JsonException e) {
            String line = body.strip().lines().findFirst().orElse("");
            return failed(name, "HTTP " + status + " from " + articles + (line.isEmpty() ? "" : ": " + line));
        }
        String detail = o.hasKey("detail") ? o.getString("detail") : "HTTP " + status;
        String word = o.hasKey("status") ? o.getString("status") : "failed";
        Status result = switch (word) {
            case "ingested" -> Status.INGESTED;
            case "unchanged" -> Status.UNCHANGED;
            case "duplicate" -> Status.DUPLICATE;
            default -> Status.FAILED;
        };
        return new ArticleResult(name, result, detail);
    }

    /** HTML by its extension or its first character; everything else is the plain-text layout of files. */
    private static String mediaType(String name, byte[] body) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "text/html";
        }
        String start = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).stripLeading();
        if (name.equals("-") && start.startsWith("<")) {
            return "text/html";
        }
        return "text/plain; charset=utf-8";
    }

    private static ArticleResult failed(String name, String reason) {
        return new ArticleResult(name, Status.FAILED, reason);
    }
}
