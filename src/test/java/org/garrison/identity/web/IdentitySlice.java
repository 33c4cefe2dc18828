package org.garrison.identity.web;

import java.time.Instant;

import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.Permission;
import org.garrison.testsupport.DeclaredPermissions;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the identity web slices share: their fixed "now" and request helpers. The slice holds the real
 * {@code UserViews} (it turns the mocked services' entities into what pages and the API show); tests stub
 * the mocked {@code OrganisationManagement}, which names the scope targets.
 */
final class IdentitySlice {

    private IdentitySlice() {
    }


    /** The fixed "now" of the slices' clock. */
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    /** A company-wide user holding every permission except the one an endpoint requires. */
    static RequestPostProcessor withEveryPermissionBut(Permission required) {
        return TestPrincipals.withPermissions(DeclaredPermissions.allBut(required));
    }

    /** The page contains this text once every run of white space (line breaks between attributes) is one space. */
    static Matcher<String> containsCompacted(String text) {
        return new FeatureMatcher<String, String>(Matchers.containsString(text), "page with white space compacted", "page") {
            @Override
            protected String featureValueOf(String page) {
                return page.replaceAll("\\s+", " ");
            }
        };
    }

}
