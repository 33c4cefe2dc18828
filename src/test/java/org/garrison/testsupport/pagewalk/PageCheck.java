package org.garrison.testsupport.pagewalk;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a user must never see on a page: a missing message ({@code ??key??}), a literal {@code null}, a code (the
 * name of an enum constant, or any other {@code UPPER_SNAKE_CASE} word such as an audit action), an ISO date-time or
 * a raw timestamp in the visible text; and a POST form that carries no CSRF token, which the server would refuse as
 * expired. Visible text is the title, the body's text without scripts and styles, and the attributes people read:
 * placeholder, title, aria-label, alt and the value of button-like inputs.
 */
public final class PageCheck {

    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^\\s?]+\\?\\?");

    private static final Pattern NULL = Pattern.compile("(?<![A-Za-z0-9_])null(?![A-Za-z0-9_])");

    private static final Pattern INSTANT = Pattern
        .compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                + "|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+");

    /** A word in capitals, not part of a hyphenated name such as a device number ({@code WAND-7653949c-A}). */
    private static final Pattern UPPER_TOKEN = Pattern
        .compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9_-])");

    private static final String BUTTON_INPUTS = "input[type=submit][value], input[type=button][value], input[type=reset][value]";

    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

    private static final int CONTEXT = 40;

    private final Set<String> enumCodes;

    private final AllowedCodes allowed;

    private final UnaryOperator<String> patternOf;

    /**
     * @param enumCodes the constant names that must not show ({@link EnumCodes#under})
     * @param allowed where such a name is the content
     * @param patternOf the URL pattern of a path, to name a form's action without its ids
     */
    public PageCheck(Set<String> enumCodes, AllowedCodes allowed, UnaryOperator<String> patternOf) {
        this.enumCodes = Set.copyOf(enumCodes);
        this.allowed = allowed;
        this.patternOf = patternOf;
    }

    /**
     * The defects of a page (or of a fragment htmx puts into one) whose URL pattern is {@code pattern}; the
     * document's base URI resolves form actions. One defect per kind and offending token.
     */
    public List<Defect> check(Document page, String pattern) {
        var defects = new LinkedHashMap<String, Defect>();
        for (String text : visibleTexts(page, allowed.contentOn(pattern))) {
            checkText(text, defects);
        }
        for (Element form : page.select("form[method]")) {
            if (form.attr("method").equalsIgnoreCase("post") && form.select("input[type=hidden][name=_csrf]").isEmpty()) {
                String target = form.hasAttr("action") ? form.absUrl("action") : page.location();
                String action = "POST " + patternOf.apply(pathOf(target));
                defects.putIfAbsent("CSRF " + action,
                        new Defect("CSRF", action, action, abbreviate(form.outerHtml(), 160)));
            }
        }
        return List.copyOf(defects.values());
    }

    /**
     * The texts a person reads on the page, each on its own so that matches do not run across them; without the
     * elements that the allow-list says show codes as their content.
     */
    private static List<String> visibleTexts(Document page, List<String> codeContent) {
        var texts = new ArrayList<String>();
        texts.add(page.title());
        Element body = page.body().clone();
        body.select("script, style, template").remove();
        codeContent.forEach(selector -> body.select(selector).remove());
        texts.add(body.text());
        for (String attribute : READ_ATTRIBUTES) {
            for (Element element : page.body().select("[" + attribute + "]")) {
                texts.add(element.attr(attribute));
            }
        }
        for (Element input : page.body().select(BUTTON_INPUTS)) {
            texts.add(input.attr("value"));
        }
        texts.removeIf(String::isBlank);
        return texts;
    }

    private void checkText(String text, Map<String, Defect> defects) {
        Matcher keys = MISSING_MESSAGE.matcher(text);
        while (keys.find()) {
            add(defects, "key", keys.group(), text, keys);
        }
        // The key's own words (sla.category.GENERAL) are not reported a second time as codes.
        String rest = MISSING_MESSAGE.matcher(text).replaceAll(match -> " ".repeat(match.group().length()));
        Matcher nulls = NULL.matcher(rest);
        while (nulls.find()) {
            add(defects, "null", nulls.group(), text, nulls);
        }
        Matcher instants = INSTANT.matcher(rest);
        while (instants.find()) {
            add(defects, "instant", instants.group(), text, instants);
        }
        Matcher tokens = UPPER_TOKEN.matcher(rest);
        while (tokens.find()) {
            String token = tokens.group();
            if ((enumCodes.contains(token) || token.contains("_")) && !allowed.allowsEverywhere(token)) {
                add(defects, "code", token, text, tokens);
            }
        }
    }

    private static void add(Map<String, Defect> defects, String kind, String token, String text, Matcher match) {
        defects.putIfAbsent("TEXT " + kind + " " + token, new Defect("TEXT", kind, token, contextOf(text, match)));
    }

    /** The match between » and « with up to {@value #CONTEXT} characters of text on either side. */
    private static String contextOf(String text, Matcher match) {
        int from = Math.max(0, match.start() - CONTEXT);
        int to = Math.min(text.length(), match.end() + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, match.start()) + "»" + match.group() + "«"
                + text.substring(match.end(), to) + (to < text.length() ? "…" : "");
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        }
        catch (IllegalArgumentException ex) {
            return url;
        }
    }

    private static String abbreviate(String text, int length) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= length ? line : line.substring(0, length) + "…";
    }

}
