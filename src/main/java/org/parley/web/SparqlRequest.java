package org.parley.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SPARQL protocol request, checked: the query or update is parsed (against the configured base, never
 * the request URL), the dataset, format, time limit and result cap are settled, and everything the server
 * refuses ({@code SERVICE}, {@code LOAD}, over-long text, wrong media types) has become a
 * {@link SparqlProblem}. Nothing here touches the store.
 */
public sealed interface SparqlRequest {

    /** Which operations an endpoint takes: {@code /sparql} all, {@code /update} only updates. */
    enum Endpoint { SPARQL, UPDATE }

    /** The operation a request asks for, told from its parameters and media type alone. */
    enum Operation { QUERY, UPDATE, DESCRIPTION }

    /** The server's bounds on a request, from configuration. */
    record Limits(String base, int maxQueryLength, long timeoutMillis, long resultLimit) {}

    /**
     * A query to run.
     *
     * @param query         the parsed query, its LIMIT lowered to the cap if need be
     * @param defaultGraphs protocol or {@code FROM} default graphs; none means the store's default (the union)
     * @param namedGraphs   protocol or {@code FROM NAMED} graphs; with default graphs given, only these are named
     * @param capped        whether the result cap replaced the query's own LIMIT
     */
    record QueryOp(Query query, List<Node> defaultGraphs, List<Node> namedGraphs, ResultFormat format,
                   long timeoutMillis, long resultLimit, boolean capped) implements SparqlRequest {
        public QueryOp {
            defaultGraphs = List.copyOf(defaultGraphs);
            namedGraphs = List.copyOf(namedGraphs);
        }

        boolean hasDataset() {
            return !defaultGraphs.isEmpty() || !namedGraphs.isEmpty();
        }
    }

    /** An update to run, with any {@code using-graph-uri} already folded into its operations. */
    record UpdateOp(UpdateRequest update, long timeoutMillis) implements SparqlRequest {}

    /** GET {@code /sparql} with no parameters: the service description. */
    record DescriptionOp(ResultFormat format) implements SparqlRequest {}

    /** The operation asked for, told before the request is read in full, so that writes are authorised first. */
    static Operation operationOf(HttpInput in, Endpoint endpoint) {
        if (endpoint == Endpoint.UPDATE) {
            return Operation.UPDATE;
        }
        String type = in.contentType().orElse("");
        if (in.method().equals("POST")) {
            if (type.equals(WebContent.contentTypeSPARQLUpdate)) {
                return Operation.UPDATE;
            }
            if (type.equals(WebContent.contentTypeHTMLForm) && formHas(in, "update")) {
                return Operation.UPDATE;
            }
            return Operation.QUERY;
        }
        if (in.params().isEmpty()) {
            return Operation.DESCRIPTION;
        }
        // GET with update= is an update that must be refused, not a query without a query
        return in.params().containsKey("update") && !in.params().containsKey("query") ? Operation.UPDATE : Operation.QUERY;
    }

    private static boolean formHas(HttpInput in, String name) {
        try {
            return in.paramsWithForm().containsKey(name);
        } catch (SparqlProblem.Failure e) {
            return false; // a malformed form is reported when the request is read properly
        }
    }

    /** Reads and checks a request; throws {@link SparqlProblem.Failure} for anything the protocol refuses. */
    static SparqlRequest from(HttpInput in, Endpoint endpoint, Limits limits) {
        Map<String, List<String>> params;
        Optional<String> directText = Optional.empty();
        Optional<String> directKind = Optional.empty();
        if (in.method().equals("GET")) {
            params = in.params();
            if (params.containsKey("update")) {
                throw SparqlProblem.badRequest("an update must be sent by POST").raise();
            }
            if (params.isEmpty() && endpoint == Endpoint.SPARQL) {
                return new DescriptionOp(ResultFormat.choose(ResultFormat.Shape.GRAPH, Optional.empty(), in.accept()));
            }
        } else if (in.method().equals("POST")) {
            String type = in.contentType().orElseThrow(() -> SparqlProblem.badRequest(
                    "a POST needs Content-Type " + WebContent.contentTypeHTMLForm + ", "
                            + WebContent.contentTypeSPARQLQuery + " or " + WebContent.contentTypeSPARQLUpdate).raise());
            switch (type) {
                case WebContent.contentTypeHTMLForm -> params = in.paramsWithForm();
                case WebContent.contentTypeSPARQLQuery, WebContent.contentTypeSPARQLUpdate -> {
                    params = in.params();
                    directText = Optional.of(in.bodyText());
                    directKind = Optional.of(type.equals(WebContent.contentTypeSPARQLQuery) ? "query" : "update");
                }
                default -> throw SparqlProblem.badRequest("media type " + type + " is not a SPARQL request; use "
                        + WebContent.contentTypeHTMLForm + ", " + WebContent.contentTypeSPARQLQuery + " or "
                        + WebContent.contentTypeSPARQLUpdate).raise();
            }
        } else {
            // the resources route only GET and POST here; JAX-RS answers 405 for the rest
            throw new IllegalArgumentException("not a SPARQL protocol method: " + in.method());
        }

        List<String> queries = params.getOrDefault("query", List.of());
        List<String> updates = params.getOrDefault("update", List.of());
        if (directKind.isPresent() && (!queries.isEmpty() || !updates.isEmpty())) {
            throw SparqlProblem.badRequest("a request sent as " + in.contentType().orElseThrow()
                    + " carries its text in the body, not in a query or update parameter").raise();
        }
        if (queries.size() > 1) {
            throw SparqlProblem.badRequest("more than one 'query' parameter").raise();
        }
        if (updates.size() > 1) {
            throw SparqlProblem.badRequest("more than one 'update' parameter").raise();
        }
        if (!queries.isEmpty() && !updates.isEmpty()) {
            throw SparqlProblem.badRequest("a request may carry a query or an update, not both").raise();
        }

        boolean isUpdate = directKind.map("update"::equals).orElse(!updates.isEmpty());
        String text = directText.orElseGet(() -> isUpdate ? updates.get(0) : queries.isEmpty() ? null : queries.get(0));
        if (text == null) {
            throw SparqlProblem.badRequest(endpoint == Endpoint.UPDATE
                    ? "no update: send an 'update' parameter or an " + WebContent.contentTypeSPARQLUpdate + " body"
                    : "no query: send a 'query' parameter or an " + WebContent.contentTypeSPARQLQuery + " body").raise();
        }
        if (text.length() > limits.maxQueryLength()) {
            throw SparqlProblem.tooLarge("the request text has " + text.length() + " characters; the limit is "
                    + limits.maxQueryLength()).raise();
        }
        if (isUpdate) {
            if (!in.method().equals("POST")) {
                throw SparqlProblem.badRequest("an update must be sent by POST").raise();
            }
            return update(text, params, limits);
        }
        if (endpoint == Endpoint.UPDATE) {
            throw SparqlProblem.badRequest("this endpoint takes updates only; send queries to /sparql").raise();
        }
        return query(text, params, in, limits);
    }

    private static QueryOp query(String text, Map<String, List<String>> params, HttpInput in, Limits limits) {
        Query query;
        try {
            query = QueryFactory.create(text, limits.base(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw SparqlProblem.badRequest("query syntax: " + e.getMessage()).raise();
        }
        if (callsService(Algebra.compile(query))) {
            throw SparqlProblem.badRequest("SERVICE (federated query) is not allowed on this server").raise();
        }
        List<Node> defaultGraphs = graphs(params, "default-graph-uri");
        List<Node> namedGraphs = graphs(params, "named-graph-uri");
        if (defaultGraphs.isEmpty() && namedGraphs.isEmpty() && query.hasDatasetDescription()) {
            defaultGraphs = query.getGraphURIs().stream().map(NodeFactory::createURI).toList();
            namedGraphs = query.getNamedGraphURIs().stream().map(NodeFactory::createURI).toList();
        }
        // The dataset is now fully described by the two lists; the protocol's graphs win over FROM.
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();

        boolean capped = false;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > limits.resultLimit())) {
            query.setLimit(limits.resultLimit());
            capped = true;
        }
        ResultFormat.Shape shape = query.isSelectType() || query.isAskType() ? ResultFormat.Shape.RESULTS : ResultFormat.Shape.GRAPH;
        ResultFormat format = ResultFormat.choose(shape, single(params, "format"), in.accept());
        return new QueryOp(query, defaultGraphs, namedGraphs, format, timeout(params, limits), limits.resultLimit(), capped);
    }

    private static UpdateOp update(String text, Map<String, List<String>> params, Limits limits) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, limits.base(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw SparqlProblem.badRequest("update syntax: " + e.getMessage()).raise();
        }
        List<Node> using = graphs(params, "using-graph-uri");
        List<Node> usingNamed = graphs(params, "using-named-graph-uri");
        for (Update op : request.getOperations()) {
            if (op instanceof UpdateLoad) {
                throw SparqlProblem.badRequest("LOAD is not allowed on this server: it would make the server fetch a URL").raise();
            }
            if (op instanceof UpdateModify modify && callsService(Algebra.compile(modify.getWherePattern()))) {
                throw SparqlProblem.badRequest("SERVICE (federated query) is not allowed on this server").raise();
            }
            if (op instanceof UpdateWithUsing withUsing && (!using.isEmpty() || !usingNamed.isEmpty())) {
                if (!withUsing.getUsing().isEmpty() || !withUsing.getUsingNamed().isEmpty() || withUsing.getWithIRI() != null) {
                    throw SparqlProblem.badRequest("using-graph-uri/using-named-graph-uri may not be combined with USING, "
                            + "USING NAMED or WITH in the update").raise();
                }
                using.forEach(withUsing::addUsing);
                usingNamed.forEach(withUsing::addUsingNamed);
            }
        }
        return new UpdateOp(request, timeout(params, limits));
    }

    /** Whether an algebra expression calls a remote service anywhere, including inside EXISTS and sub-queries. */
    private static boolean callsService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                if (funcOp.getGraphPattern() != null && callsService(funcOp.getGraphPattern())) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }

    private static List<Node> graphs(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().map(iri -> {
            try {
                IRIx parsed = IRIx.create(iri);
                if (!parsed.isAbsolute()) {
                    throw SparqlProblem.badRequest(name + " must be an absolute IRI: " + iri).raise();
                }
            } catch (IRIException e) {
                throw SparqlProblem.badRequest(name + " is not an IRI: " + iri).raise();
            }
            return NodeFactory.createURI(iri);
        }).toList();
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw SparqlProblem.badRequest("more than one '" + name + "' parameter").raise();
        }
        return values.stream().findFirst();
    }

    /** The server's time limit, or a lower one asked for in seconds by {@code timeout}. */
    private static long timeout(Map<String, List<String>> params, Limits limits) {
        Optional<String> asked = single(params, "timeout");
        if (asked.isEmpty()) {
            return limits.timeoutMillis();
        }
        double seconds;
        try {
            seconds = Double.parseDouble(asked.get());
        } catch (NumberFormatException e) {
            throw SparqlProblem.badRequest("timeout must be a number of seconds: " + asked.get()).raise();
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw SparqlProblem.badRequest("timeout must be a positive number of seconds: " + asked.get()).raise();
        }
        return Math.max(1, Math.min(limits.timeoutMillis(), (long) Math.ceil(seconds * 1000)));
    }

}
