package org.parley.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Web pages: the article body without the page around it, and what the page says about the article in
 * JSON-LD, Open Graph and plain meta tags. The body is the {@code <article>}, else the element marked
 * {@code itemprop=articleBody}, else the element holding the most paragraph text.
 */
final class HtmlLayout {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Never article text, wherever they are. */
    private static final String NOT_TEXT = String.join(",",
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav",
            "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label", "figure",
            "figcaption", "dialog", "menu", "[hidden]", "[aria-hidden=true]", "[role=navigation]",
            "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]", "[role=dialog]");

    /** Words in class or id values that mark page furniture rather than the story. */
    private static final Set<String> BOILERPLATE = Set.of(
            "share", "sharing", "social", "related", "newsletter", "comment", "comments", "promo", "advert",
            "advertisement", "ad", "ads", "cookie", "cookies", "subscribe", "subscription", "breadcrumb",
            "breadcrumbs", "byline", "sidebar", "menu", "navbar", "nav", "footer", "masthead", "signup",
            "paywall", "popup", "modal", "sponsored", "recommended", "trending", "toolbar", "skip");
    /** A marked element holding more than this share of the page's paragraph text is the story after all. */
    private static final double MAX_BOILERPLATE_SHARE = 0.4;
    /** Deeper than any real page nests its elements; a deeper one is read as flat text. */
    private static final int MAX_NESTING = 256;

    /** Elements that end one paragraph and start the next. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "address",
            "center", "details", "summary");

    /** Schema.org types of a news story, best first. */
    private static final List<String> ARTICLE_TYPES = List.of(
            "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
            "Article", "BlogPosting", "LiveBlogPosting");

    private static final Pattern DATE = Pattern.compile("\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:\\D.*)?",
            Pattern.DOTALL);
    private static final Pattern COMPACT_DATE = Pattern.compile("\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D.*)?",
            Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private HtmlLayout() {
    }

    /** Whether text that came without a media type is a web page. */
    static boolean sniff(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 20)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** @param baseUri where the page was fetched from, to resolve relative links; empty for files */
    static ArticleParts parse(String html, Optional<String> baseUri) {
        Document doc = Jsoup.parse(html, baseUri.orElse(""));
        Optional<JsonNode> ld = newsArticle(doc);
        Optional<String> title = first(
                ld.flatMap(node -> text(node.get("headline"))),
                ld.flatMap(node -> text(node.get("name"))),
                meta(doc, "meta[property=og:title]"),
                meta(doc, "meta[name=title]"),
                nonBlank(doc.title()),
                Optional.ofNullable(doc.selectFirst("h1")).flatMap(h -> nonBlank(h.text())));
        Optional<LocalDate> published = Stream.of(
                        ld.flatMap(node -> text(node.get("datePublished"))),
                        meta(doc, "meta[property=article:published_time]"),
                        meta(doc, "meta[name=date]"),
                        meta(doc, "meta[name=pubdate]"),
                        meta(doc, "meta[itemprop=datePublished]"),
                        Optional.ofNullable(doc.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                .flatMap(Optional::stream)
                .map(HtmlLayout::date)
                .flatMap(Optional::stream)
                .findFirst();
        List<String> authors = ld.map(node -> names(node.get("author"))).orElse(List.of());
        if (authors.isEmpty()) {
            authors = meta(doc, "meta[name=author]").or(() -> meta(doc, "meta[property=article:author]"))
                    .filter(value -> httpUrl(value, Optional.empty()).isEmpty())
                    .map(HtmlLayout::splitNames)
                    .orElse(List.of());
        }
        Optional<String> publisher = first(
                ld.flatMap(node -> names(node.get("publisher")).stream().findFirst()),
                meta(doc, "meta[property=og:site_name]"));
        Optional<String> canonical = Stream.of(
                        Optional.ofNullable(doc.selectFirst("link[rel~=(?i)^canonical$][href]"))
                                .map(link -> link.attr("href")),
                        meta(doc, "meta[property=og:url]"),
                        ld.flatMap(node -> text(node.get("url"))),
                        ld.flatMap(node -> pageId(node.get("mainEntityOfPage"))))
                .flatMap(Optional::stream)
                .map(url -> httpUrl(url, baseUri))
                .flatMap(Optional::stream)
                .findFirst();
        return new ArticleParts(title, published, authors, publisher, canonical, body(doc));
    }

    // ---- body ------------------------------------------------------------------------------------------

    private static String body(Document doc) {
        doc.select(NOT_TEXT).remove();
        if (depth(doc.body()) > MAX_NESTING) {
            // the layout heuristics below cost nesting depth times page size: minutes for a hostile page
            return paragraphs(doc.body());
        }
        removeBoilerplate(doc);
        Element root = largest(doc.select("article"))
                .or(() -> largest(doc.select("[itemprop=articleBody]")))
                .or(() -> densest(doc))
                .orElse(doc.body());
        return paragraphs(root);
    }

    private static int depth(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }

    private static void removeBoilerplate(Document doc) {
        int total = paragraphText(doc.body());
        List<Element> furniture = new ArrayList<>();
        for (Element element : doc.body().getAllElements()) {
            if (isFurniture(element) && paragraphText(element) <= total * MAX_BOILERPLATE_SHARE) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static boolean isFurniture(Element element) {
        String name = element.normalName();
        if (name.equals("body") || name.equals("article") || name.equals("main")
                || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        String marks = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : marks.split("[\\s_-]+")) {
            if (BOILERPLATE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Of several candidates (a page may hold teasers as articles too), the one with the most text. */
    private static Optional<Element> largest(Elements candidates) {
        return candidates.stream()
                .filter(element -> !element.text().isBlank())
                .max(Comparator.comparingInt(element -> element.text().length()));
    }

    /** The element whose own {@code <p>} children hold the most text: the story in a page without markup. */
    private static Optional<Element> densest(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element element : doc.body().getAllElements()) {
            int score = 0;
            for (Element child : element.children()) {
                if (child.normalName().equals("p")) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element p : element.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    /** Block elements become paragraphs separated by blank lines; the headline is metadata, not body. */
    private static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("h1")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("br")) {
                        current.append(' ');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = SPACE.matcher(current).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    // ---- metadata --------------------------------------------------------------------------------------

    /** The page's JSON-LD description of the story, searched through arrays and {@code @graph}. */
    private static Optional<JsonNode> newsArticle(Document doc) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            try {
                collectArticles(JSON.readTree(script.data()), found);
            } catch (JacksonException e) {
                // Pages often carry broken JSON-LD; the other metadata still counts.
            }
        }
        return found.stream().min(Comparator.comparingInt(HtmlLayout::typeRank));
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectArticles(item, found));
        } else if (node.isObject()) {
            if (typeRank(node) < ARTICLE_TYPES.size()) {
                found.add(node);
            }
            collectArticles(node.get("@graph"), found);
        }
    }

    private static int typeRank(JsonNode node) {
        JsonNode type = node.get("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(types::add);
        } else if (type != null) {
            types.add(type);
        }
        int best = ARTICLE_TYPES.size();
        for (JsonNode t : types) {
            String name = t.asText().replaceFirst("^(?:https?://)?schema\\.org/", "");
            int rank = ARTICLE_TYPES.indexOf(name);
            if (rank >= 0) {
                best = Math.min(best, rank);
            }
        }
        return best;
    }

    /** Names from a string, an object with {@code name}, or an array of either. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (node.isArray()) {
            node.forEach(item -> names.addAll(names(item)));
        } else if (node.isObject()) {
            text(node.get("name")).ifPresent(names::add);
        } else {
            text(node).filter(value -> httpUrl(value, Optional.empty()).isEmpty()).ifPresent(names::add);
        }
        return names;
    }

    /** {@code mainEntityOfPage} is an address or a WebPage object naming one. */
    private static Optional<String> pageId(JsonNode node) {
        if (node != null && node.isObject()) {
            return text(node.get("@id")).or(() -> text(node.get("url")));
        }
        return text(node);
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? nonBlank(node.asText()) : Optional.empty();
    }

    private static Optional<String> meta(Document doc, String selector) {
        return Optional.ofNullable(doc.selectFirst(selector)).flatMap(meta -> nonBlank(meta.attr("content")));
    }

    private static List<String> splitNames(String value) {
        List<String> names = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(value)) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    static Optional<LocalDate> date(String value) {
        Matcher matcher = DATE.matcher(value);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(value);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An absolute http(s) address, resolved against the page's own address when relative. */
    static Optional<String> httpUrl(String value, Optional<String> baseUri) {
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() && baseUri.isPresent()) {
                uri = new URI(baseUri.get()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not an address; the page's other hints or the file name name the article.
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(SPACE.matcher(value).replaceAll(" ").strip());
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }
}
