package org.parley.cli;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.parley.store.QueryAnswer;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Prints a query answer in the format the user asked for, with Jena's writers. */
final class AnswerPrinter {
    /** Formats for rows and booleans; {@code table} is Jena's text table. */
    static final Map<String, Lang> RESULT_FORMATS = Map.of(
            "json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML,
            "csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV);
    /** Formats for graphs. */
    static final Map<String, RDFFormat> GRAPH_FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY, "nt", RDFFormat.NTRIPLES, "jsonld", RDFFormat.JSONLD11_PRETTY,
            "rdfxml", RDFFormat.RDFXML_PRETTY);

    private AnswerPrinter() {}

    static void print(QueryAnswer answer, String format, OutputStream out) {
        if (answer instanceof QueryAnswer.Rows r) {
            if ("table".equals(format)) {
                ResultSetFormatter.out(out, r.rows());
            } else {
                ResultSetMgr.write(out, r.rows(), resultLang(format));
            }
        } else if (answer instanceof QueryAnswer.Bool b) {
            if ("table".equals(format)) {
                new PrintStream(out, true, StandardCharsets.UTF_8).println(b.value() ? "yes" : "no");
            } else {
                ResultSetMgr.write(out, b.value(), resultLang(format));
            }
        } else if (answer instanceof QueryAnswer.Triples t) {
            RDFDataMgr.write(out, t.graph(), graphFormat(format));
        }
    }

    private static Lang resultLang(String format) {
        Lang lang = RESULT_FORMATS.get(format);
        if (lang == null) {
            throw new UserException("format " + format + " is for graphs; use one of table, json, xml, csv, tsv");
        }
        return lang;
    }

    private static RDFFormat graphFormat(String format) {
        if ("table".equals(format)) {
            return RDFFormat.TURTLE_PRETTY;
        }
        RDFFormat f = GRAPH_FORMATS.get(format);
        if (f == null) {
            throw new UserException("format " + format + " is for rows; use one of ttl, nt, jsonld, rdfxml");
        }
        return f;
    }
}
