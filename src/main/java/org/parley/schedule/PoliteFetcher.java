package org.parley.schedule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fetches feeds and pages the way a polite, bounded client should: http and https only, a User-Agent,
 * connect and whole-response timeouts, a ceiling on the body size, a limited number of redirects (each one
 * checked again), conditional GET, one request at a time per host, and retries with growing pauses for
 * failures that may pass (timeouts, connection errors, 5xx, 429). Nothing here throws for a bad page:
 * every answer is a {@link Fetched} value.
 */
public final class PoliteFetcher {

    /** Limits of the client; see {@code parley.sources.fetch.*}. */
    public record Limits(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                         String userAgent, int attempts, Duration backoff) {}

    /** What the server said last time, sent back so that it can answer 304 Not Modified. */
    public record Validators(Optional<String> etag, Optional<String> lastModified) {
        public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
    }

    /** The answer to one fetch. */
    public sealed interface Fetched {}

    /** A 200 with its body; {@code uri} is where the redirects ended. */
    public record Page(URI uri, byte[] body, Optional<String> mediaType, Validators validators) implements Fetched {}

    /** The server says the resource has not changed since the validators were given. */
    public record NotModified(URI uri) implements Fetched {}

    /** Nothing usable came back; {@code reason} is one line. */
    public record Failed(URI uri, String reason) implements Fetched {}

    private final Limits limits;
    private final HttpClient client;
    private final ConcurrentHashMap<String, ReentrantLock> hosts = new ConcurrentHashMap<>();

    public PoliteFetcher(Limits limits) {
        this.limits = limits;
        // redirects are followed here, by hand, so that each hop is checked and counted
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** True for absolute http and https URLs with a host: the only ones Parley fetches. */
    public static boolean fetchable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    public Fetched get(URI uri, Validators known) {
        Fetched last = null;
        for (int attempt = 1; attempt <= Math.max(1, limits.attempts()); attempt++) {
            if (attempt > 1 && !pause(limits.backoff().multipliedBy(1L << (attempt - 2)))) {
                break;
            }
            Attempt a = followingRedirects(uri, known);
            last = a.fetched();
            if (!a.mayPass()) {
                break;
            }
        }
        return last;
    }

    private record Attempt(Fetched fetched, boolean mayPass) {}

    private Attempt followingRedirects(URI start, Validators known) {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            if (!fetchable(uri)) {
                return new Attempt(new Failed(start, "not an http or https URL: " + uri), false);
            }
            HttpResponse<byte[]> response;
            try {
                response = once(uri, hop == 0 ? known : Validators.NONE);
            } catch (TooLarge e) {
                return new Attempt(new Failed(uri, "larger than " + limits.maxBytes() + " bytes"), false);
            } catch (TimeoutException e) {
                return new Attempt(new Failed(uri, "no complete answer within " + limits.readTimeout().toMillis() + " ms"), true);
            } catch (IOException e) {
                return new Attempt(new Failed(uri, "cannot fetch: " + e), true);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return new Attempt(new Failed(uri, "HTTP " + status + " without a Location"), false);
                }
                if (hop >= limits.maxRedirects()) {
                    return new Attempt(new Failed(start, "more than " + limits.maxRedirects() + " redirects"), false);
                }
                try {
                    uri = uri.resolve(location.get());
                } catch (IllegalArgumentException e) {
                    return new Attempt(new Failed(uri, "bad redirect: " + location.get()), false);
                }
                continue;
            }
            if (status == 304) {
                return new Attempt(new NotModified(uri), false);
            }
            if (status == 200) {
                HttpHeaders h = response.headers();
                return new Attempt(new Page(uri, response.body(), h.firstValue("Content-Type"),
                        new Validators(h.firstValue("ETag"), h.firstValue("Last-Modified"))), false);
            }
            return new Attempt(new Failed(uri, "HTTP " + status), status >= 500 || status == 429);
        }
    }

    private HttpResponse<byte[]> once(URI uri, Validators known) throws IOException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", "application/atom+xml, application/rss+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.1");
        known.etag().ifPresent(e -> request.header("If-None-Match", e));
        known.lastModified().ifPresent(d -> request.header("If-Modified-Since", d));
        ReentrantLock host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(), h -> new ReentrantLock());
        host.lock();
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            future = client.sendAsync(request.build(), info -> limited(info.headers()));
            // the request timeout covers only the headers; this deadline covers the body too
            return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof TooLarge t) {
                    throw t;
                }
                if (c instanceof HttpTimeoutException) {
                    throw new TimeoutException();
                }
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause()), e.getCause());
        } finally {
            if (future != null) {
                future.cancel(true);
            }
            host.unlock();
        }
    }

    /** Reads the body into memory but stops, and fails, as soon as it passes the ceiling. */
    private BodySubscriber<byte[]> limited(HttpHeaders headers) {
        long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
        // a declared length over the ceiling fails at once; otherwise the count of bytes read decides
        return new Capped(BodySubscribers.ofByteArray(), declared > limits.maxBytes() ? -1 : limits.maxBytes());
    }

    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The body passed the ceiling. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body too large");
        }
    }

    private static final class Capped implements BodySubscriber<byte[]> {
        private final BodySubscriber<byte[]> inner;
        private final long max;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private long seen;

        Capped(BodySubscriber<byte[]> inner, long max) {
            this.inner = inner;
            this.max = max;
            inner.getBody().whenComplete((body, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(body);
                }
            });
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (max < 0) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            inner.onSubscribe(s);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : item) {
                seen += b.remaining();
            }
            if (seen > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            inner.onNext(item);
        }

        @Override
        public void onError(Throwable t) {
            inner.onError(t);
        }

        @Override
        public void onComplete() {
            if (!result.isDone()) {
                inner.onComplete();
            }
        }
    }
}
