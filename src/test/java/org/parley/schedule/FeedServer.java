package org.parley.schedule;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on loopback that serves the feeds and pages a test puts on it. Plain resources answer
 * conditional GETs (an ETag from their content, 304 when it matches); other behaviours (500, a stall, a
 * huge body, a redirect) are there to be refused. It counts requests per path and the most in flight at once.
 */
final class FeedServer implements AutoCloseable {
    /** What a path does for one request. */
    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Behaviour> paths = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fullAnswers = new ConcurrentHashMap<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** How long each full answer waits before it is sent, so that a poll takes long enough to be interrupted. */
    private volatile long pauseMillis;
    final AtomicInteger mostInFlight = new AtomicInteger();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try (exchange) {
                Behaviour b = paths.get(path);
                if (b == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    b.answer(exchange);
                }
            } catch (IOException e) {
                // the client went away (it gave up on a stall or a huge body)
            } finally {
                inFlight.decrementAndGet();
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path} with an ETag, answering 304 to a matching If-None-Match. */
    void put(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        paths.put(path, exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            fullAnswers.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            pause();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        });
    }

    /** Makes every later full answer wait this long (zero: answer at once). */
    void pauseFullAnswers(java.time.Duration pause) {
        pauseMillis = pause.toMillis();
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    void behave(String path, Behaviour behaviour) {
        paths.put(path, behaviour);
    }

    /** Requests to {@code path} so far. */
    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    /** Requests to {@code path} answered 200 with the body. */
    int fullAnswers(String path) {
        return fullAnswers.getOrDefault(path, new AtomicInteger()).get();
    }

    static void status(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /** Sends {@code megabytes} of text without a Content-Length, as a server streaming a huge page would. */
    static void huge(HttpExchange exchange, int megabytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>filler text </p>\n".repeat(52429).getBytes(StandardCharsets.UTF_8);
        OutputStream out = exchange.getResponseBody();
        for (int i = 0; i < megabytes; i++) {
            out.write(chunk);
        }
    }

    static void stall(HttpExchange exchange, long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("late".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
