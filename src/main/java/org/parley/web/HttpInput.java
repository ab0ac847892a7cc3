package org.parley.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the protocol code needs it, taken off JAX-RS before anything is interpreted.
 *
 * @param method       the HTTP method
 * @param params       the URL's query parameters, percent-decoded once
 * @param contentType  the media type of the body, without parameters, lower case
 * @param charset      the {@code charset} parameter of the Content-Type, if any
 * @param body         the raw body (empty for GET)
 * @param authorization the Authorization header, if any
 * @param accept       the acceptable media types, most preferred first
 */
public record HttpInput(String method, Map<String, List<String>> params, Optional<String> contentType,
                        Optional<String> charset, byte[] body, Optional<String> authorization,
                        List<MediaType> accept) {

    public HttpInput {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = Map.copyOf(copy);
        accept = List.copyOf(accept);
        body = body.clone();
    }

    static HttpInput of(String method, UriInfo uri, HttpHeaders headers, byte[] body) {
        MultivaluedMap<String, String> query = uri.getQueryParameters(true);
        MediaType type = headers.getMediaType();
        Optional<String> contentType = Optional.ofNullable(type)
                .map(t -> (t.getType() + "/" + t.getSubtype()).toLowerCase());
        Optional<String> charset = Optional.ofNullable(type).map(t -> t.getParameters().get(MediaType.CHARSET_PARAMETER));
        return new HttpInput(method, query, contentType, charset, body == null ? new byte[0] : body,
                Optional.ofNullable(headers.getHeaderString(HttpHeaders.AUTHORIZATION)),
                headers.getAcceptableMediaTypes());
    }

    /** The body as text; the SPARQL protocol allows UTF-8 only, so anything else is refused. */
    String bodyText() {
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
            throw SparqlProblem.badRequest("charset " + charset.get() + " is not accepted; send UTF-8").raise();
        }
        return utf8Body();
    }

    private String utf8Body() {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw SparqlProblem.badRequest("the body is not UTF-8").raise();
        }
    }

    /** The URL's parameters plus, for an HTML-form body, the form's fields. */
    Map<String, List<String>> paramsWithForm() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        params.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        // A form's charset label says nothing about its percent-escapes, which are UTF-8 by the protocol;
        // clients label forms variously, so only the bytes are checked.
        String form = utf8Body();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return all;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SparqlProblem.badRequest("malformed form encoding: " + e.getMessage()).raise();
        }
    }

    byte[] bodyBytes() {
        return body.clone();
    }
}
