package org.garrison.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;

import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.Permission;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the identity web slices add to {@code @WebSliceTest}: the real {@link UserViews} (it turns the
 * mocked services' entities into what pages and the API show) on a fixed clock. Tests mock
 * {@code OrganisationManagement}, which names the scope targets.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(UserViews.class)
class IdentitySlice {

    /** The fixed "now" of the slices' clock. */
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }

    /** A company-wide user holding every permission except the one an endpoint requires. */
    static RequestPostProcessor withEveryPermissionBut(Permission required) {
        return TestPrincipals.withPermissions(EnumSet.complementOf(EnumSet.of(required)).toArray(Permission[]::new));
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
