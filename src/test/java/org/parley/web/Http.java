package org.parley.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A plain java.net.http client for tests that need exact requests: no default Content-Type or charset,
 * raw percent-encoding in the URL, any method.
 */
final class Http {
    static final String TOKEN = "test-update-token";
    // HTTP/1.1 as most SPARQL clients speak it; it also lets a 413 arrive before the body is all sent
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String root;

    Http(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    static Http at(java.net.URL anyEndpoint) {
        return new Http(anyEndpoint.getProtocol() + "://" + anyEndpoint.getAuthority());
    }

    Request request(String method, String pathAndQuery) {
        return new Request(method, root + pathAndQuery);
    }

    final class Request {
        private final String method;
        private final String uri;
        private final HttpRequest.Builder builder;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Request(String method, String uri) {
            this.method = method;
            this.uri = uri;
            this.builder = HttpRequest.newBuilder(URI.create(uri));
        }

        Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Request contentType(String type) {
            return header("Content-Type", type);
        }

        Request accept(String type) {
            return header("Accept", type);
        }

        Request token() {
            return header("Authorization", "Bearer " + TOKEN);
        }

        /** Sends the headers first and the body only if the server does not answer at once. */
        Request expectContinue() {
            builder.expectContinue(true);
            return this;
        }

        Request body(String text) {
            return body(text, StandardCharsets.UTF_8);
        }

        Request body(String text, Charset charset) {
            body = HttpRequest.BodyPublishers.ofByteArray(text.getBytes(charset));
            return this;
        }

        HttpResponse<String> send() {
            try {
                HttpResponse<String> response = CLIENT.send(builder.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertNoStackTrace(response.body());
                return response;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(method + " " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** No answer, good or bad, may show the server's insides. */
    static void assertNoStackTrace(String body) {
        for (String sign : new String[] {"at org.", "at java.", "Exception"}) {
            assertFalse(body.contains(sign), () -> "the answer shows a stack trace: " + body);
        }
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
