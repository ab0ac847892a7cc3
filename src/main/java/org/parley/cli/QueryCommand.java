package org.parley.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.parley.store.LocalQueries;
import org.parley.store.QueryAnswer;
import org.parley.store.remote.RemoteQueries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley query}: runs a SPARQL query on the embedded store or a remote endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file or -e TEXT) on the store or on a remote endpoint.")
public class QueryCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    StoreTarget target = new StoreTarget();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml (rows); ttl, nt, jsonld, rdfxml (graphs). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text.")
    String expression;

    @Parameters(arity = "0..1", paramLabel = "FILE.rq", description = "A file holding the query.")
    Path file;

    private final LocalQueries local;

    public QueryCommand(LocalQueries local) {
        this.local = local;
    }

    @Override
    public Integer call() {
        if ((expression == null) == (file == null)) {
            throw new UserException("give either a query file or -e 'SPARQL', not both or neither");
        }
        if (!AnswerPrinter.RESULT_FORMATS.containsKey(format) && !AnswerPrinter.GRAPH_FORMATS.containsKey(format)
                && !"table".equals(format)) {
            throw new UserException("unknown format " + format);
        }
        Query query = parse();
        QueryAnswer answer = target.endpoint != null ? new RemoteQueries(target.endpoint).run(query) : local.run(query);
        AnswerPrinter.print(answer, format, System.out);
        System.out.flush();
        return 0;
    }

    private Query parse() {
        String text;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read " + file + ": " + e.getMessage());
            }
        } else {
            text = expression;
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryException e) {
            throw new UserException("bad query" + (file != null ? " in " + file : "") + ": " + e.getMessage().strip());
        }
    }
}
