package org.garrison.testsupport.pagewalk;

/**
 * A GET link the walk follows.
 *
 * @param url path and query, on the application's origin
 * @param source the page that offered it ({@link #NAVIGATION} for the navigation's own entries)
 * @param fragment whether htmx loads it into the page ({@code hx-get}) rather than the browser opening it
 */
public record Link(String url, String source, boolean fragment) {

    public static final String NAVIGATION = "(navigation)";

    public String path() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

}
