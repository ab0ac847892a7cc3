package org.parley.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles: an optional first line {@code date 2020-05-04 By Ann Lee, Bo Park, OUTLET} (the
 * "By" may be missing), then paragraphs separated by blank lines. The metadata line is not article text;
 * the body after it is kept exactly, since evidence offsets point into it.
 */
final class PlainTextLayout {
    private static final Pattern METADATA = Pattern.compile(
            "[ \\t\\u00A0]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})(?:[ \\t]+(?:by[ \\t]+)?(.*?))?[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t\\u00A0]*\\n)+");

    private PlainTextLayout() {
    }

    /** Reads text whose line endings are already {@code \n}. */
    static ArticleParts parse(String text) {
        String rest = LEADING_BLANK_LINES.matcher(text).replaceFirst("");
        int lineEnd = rest.indexOf('\n');
        String firstLine = lineEnd < 0 ? rest : rest.substring(0, lineEnd);
        Matcher metadata = METADATA.matcher(firstLine);
        if (!metadata.matches()) {
            return new ArticleParts(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    Optional.empty(), rest);
        }
        String body = lineEnd < 0 ? "" : LEADING_BLANK_LINES.matcher(rest.substring(lineEnd + 1)).replaceFirst("");
        Byline byline = metadata.group(4) == null || metadata.group(4).isBlank()
                ? new Byline(List.of(), Optional.empty())
                : Byline.parse(metadata.group(4));
        return new ArticleParts(Optional.empty(), date(metadata), byline.authors(), byline.publisher(),
                Optional.empty(), body);
    }

    /** A line that names an impossible day (2021-02-30) still is the metadata line; the date is unknown. */
    private static Optional<LocalDate> date(Matcher metadata) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(metadata.group(1)),
                    Integer.parseInt(metadata.group(2)), Integer.parseInt(metadata.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
