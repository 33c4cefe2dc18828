package org.garrison.duty.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list page of the duty books: this page's number, how many pages there are, and the links to the
 * pages before and after that keep the list's filters ({@code templates/duty/pager.html}).
 *
 * @param number this page, from 1
 */
record PageLinks(int number, int total, @Nullable String previous, @Nullable String next) {

    /** Rows a list page shows at once. */
    static final int SIZE = 50;

    /** The page asked for ({@code page} from 0) of {@link #SIZE} rows. */
    static PageRequest request(int page) {
        return PageRequest.of(Math.max(page, 0), SIZE);
    }

    /** The links of {@code page}, a page of the list at the current request's URL, numbered by {@code page}. */
    static PageLinks of(Page<?> page, HttpServletRequest request) {
        return of(page, request, "page");
    }

    /** The same for a second list on one page, numbered by the parameter {@code param}. */
    static PageLinks of(Page<?> page, HttpServletRequest request, String param) {
        return new PageLinks(page.getNumber() + 1, Math.max(page.getTotalPages(), 1),
                page.hasPrevious() ? link(request, param, page.getNumber() - 1) : null,
                page.hasNext() ? link(request, param, page.getNumber() + 1) : null);
    }

    private static String link(HttpServletRequest request, String param, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
            .query(request.getQueryString())
            .replaceQueryParam(param, page)
            .build()
            .toUriString();
    }

}
