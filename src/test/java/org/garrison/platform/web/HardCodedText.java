package org.garrison.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Finds words written straight into a Thymeleaf template instead of coming from the message bundles:
 * text that Thymeleaf does not replace (no {@code th:text}, {@code th:utext}, {@code th:replace},
 * {@code th:insert}, {@code th:remove} or {@code sec:authentication} on it or around it), and
 * {@code placeholder}, {@code title}, {@code aria-label}, {@code alt} (and button {@code value})
 * attributes that no {@code th:} attribute overrides. Templates are read as written (XML mode), so a
 * fragment such as a lone {@code <tr>} keeps its attributes.
 */
final class HardCodedText {

    /** Words that are the same in every language: the brand and the names of the languages in the switch. */
    static final Set<String> ALLOWED = Set.of("Garrison", "English", "中文");

    private static final Pattern WORDS = Pattern.compile("\\p{L}");

    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt", "value");

    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "reset");

    private static final List<String> VOID_ELEMENTS = List.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private HardCodedText() {
    }

    /** Each finding as {@code file:line what}, paths relative to {@code root}. */
    static List<String> in(Path template, Path root) throws IOException {
        var parser = Parser.xmlParser().tagSet(htmlVoidElements()).setTrackPosition(true);
        var document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", parser);
        var findings = new ArrayList<String>();
        String file = root.relativize(template).toString();
        document.traverse((node, depth) -> {
            if (node instanceof TextNode text && isHardCoded(text)) {
                findings.add(file + ":" + line(node) + " text \"" + text.text().strip() + "\"");
            }
            else if (node instanceof Element element && !replaced(element, true)) {
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (isHardCoded(element, attribute)) {
                        findings.add(file + ":" + line(node) + " " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        });
        return findings;
    }

    private static boolean isHardCoded(TextNode text) {
        String words = INLINED.matcher(text.text()).replaceAll("").strip();
        return WORDS.matcher(words).find() && !ALLOWED.contains(words) && text.parent() != null
                && !replaced(text.parent(), false);
    }

    private static boolean isHardCoded(Element element, String attribute) {
        if (!element.hasAttr(attribute) || !WORDS.matcher(element.attr(attribute)).find()) {
            return false;
        }
        if (attribute.equals("value") && !(element.normalName().equals("input")
                && BUTTON_TYPES.contains(element.attr("type").toLowerCase()))) {
            return false;
        }
        boolean alias = (attribute.equals("alt") || attribute.equals("title")) && hasThymeleaf(element, "alt-title");
        return !alias && !hasThymeleaf(element, attribute)
                && !Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(thymeleaf(element, "attr")).find();
    }

    /**
     * Whether Thymeleaf throws away what the element holds: its own content (when {@code ownContent}),
     * or the element itself. The page's {@code <html th:replace>} decorator keeps the page's content.
     */
    private static boolean replaced(Element element, boolean elementItself) {
        for (Element current = element; current != null; current = current.parent()) {
            if (current.normalName().equals("html")) {
                return false;
            }
            String remove = thymeleaf(current, "remove");
            boolean replacedWhole = hasThymeleaf(current, "replace") || remove.equals("all");
            boolean contentReplaced = hasThymeleaf(current, "text") || hasThymeleaf(current, "utext")
                    || hasThymeleaf(current, "insert") || hasThymeleaf(current, "include") || remove.equals("body")
                    || current.hasAttr("sec:authentication");
            boolean around = !elementItself || current != element;
            if (replacedWhole || (contentReplaced && around)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasThymeleaf(Element element, String name) {
        return element.hasAttr("th:" + name) || element.hasAttr("data-th-" + name);
    }

    private static String thymeleaf(Element element, String name) {
        return element.hasAttr("th:" + name) ? element.attr("th:" + name) : element.attr("data-th-" + name);
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }

    private static TagSet htmlVoidElements() {
        var tags = new TagSet();
        VOID_ELEMENTS.forEach(name -> tags.add(new Tag(name, Parser.NamespaceXml).set(Tag.Void)));
        List.of("script", "style").forEach(name -> tags.add(new Tag(name, Parser.NamespaceXml).set(Tag.Data)));
        return tags;
    }

}
