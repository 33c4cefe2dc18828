package org.garrison.testsupport.browser;

import java.util.Set;
import java.util.TreeSet;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Steps that browser tests take on Garrison's own pages, by the element ids the templates promise. */
public final class GarrisonPages {

    private GarrisonPages() {
    }

    /** Opens the sign-in page and submits the credentials; the page then shows wherever sign-in led. */
    public static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        submitSignIn(page, username, password);
    }

    /** Fills in and submits the sign-in form of the page being shown. */
    public static void submitSignIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#sign-in").click();
    }

    /** Signs out through the user menu of the navigation bar. */
    public static void signOut(Page page) {
        page.locator("#user-menu").click();
        page.locator("#sign-out").click();
    }

    /** The message keys of the main navigation's links ({@code data-nav}), whether the menus are open or not. */
    public static Set<String> navigationKeys(Page page) {
        var keys = new TreeSet<String>();
        for (Locator link : page.locator("a[data-nav]").all()) {
            keys.add(link.getAttribute("data-nav"));
        }
        return keys;
    }

}
