package org.garrison.testsupport.browser;

import java.util.Set;
import java.util.TreeSet;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

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

    /**
     * Signs out through the user menu of the navigation bar. The menu opens only once Bootstrap's script has run
     * (it is deferred, so on a loaded machine a click can come first): wait for it, and open the menu again if a
     * click still went unheard.
     */
    public static void signOut(Page page) {
        page.waitForFunction("() => window.bootstrap !== undefined");
        var signOut = page.locator("#sign-out");
        for (int attempt = 0; attempt < 5 && !signOut.isVisible(); attempt++) {
            page.locator("#user-menu").click();
            try {
                signOut.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(2000));
            }
            catch (com.microsoft.playwright.TimeoutError ex) {
                // the menu did not open: try again
            }
        }
        signOut.click();
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
