package org.garrison.testsupport.pagewalk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The same-origin GET links a page offers to pages: {@code a href} and htmx's {@code hx-get}. Left out are
 * files (a name with an extension, downloads, thumbnails), the JSON API, the language switch and signing in or
 * out, because they are no pages or would change the walker's session.
 */
public final class Links {

    private static final Pattern NOT_PAGES = Pattern
        .compile("^/(api|webjars|css|js|images|fonts|login|logout|error)(/.*)?$|/[^/]*\\.[^/]*$|/(download|thumbnail)$");

    private Links() {
    }

    /** The links of a page whose document's base URI is its absolute URL, in document order. */
    public static List<Link> of(Document page, String pageUrl) {
        URI base = URI.create(page.location());
        var links = new ArrayList<Link>();
        for (Element anchor : page.select("a[href]:not([download])")) {
            to(base, anchor.attr("href"), pageUrl, false).ifPresent(links::add);
        }
        for (Element element : page.select("[hx-get]")) {
            to(base, element.attr("hx-get"), pageUrl, true).ifPresent(links::add);
        }
        return links;
    }

    /** The link to {@code href} as written on the page at absolute URL {@code base}, if it leads to a page. */
    public static Optional<Link> to(URI base, String href, String source, boolean fragment) {
        URI target;
        try {
            target = base.resolve(href.strip());
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
        if (href.isBlank() || !Objects.equals(target.getScheme(), base.getScheme())
                || !Objects.equals(target.getHost(), base.getHost()) || target.getPort() != base.getPort()) {
            return Optional.empty();
        }
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        String query = target.getRawQuery();
        if (NOT_PAGES.matcher(path).find() || (query != null && query.matches("(^|.*&)lang=.*"))) {
            return Optional.empty();
        }
        return Optional.of(new Link(query == null ? path : path + "?" + query, source, fragment));
    }

}
