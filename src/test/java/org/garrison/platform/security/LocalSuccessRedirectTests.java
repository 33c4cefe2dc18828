package org.garrison.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalSuccessRedirectTests {

    @Test
    void keepsOnlyThePathAndQueryOfTheSavedPage() {
        assertThat(LocalSuccessRedirect.localTarget("http://evil.example/patrol/tours?site=3&continue", ""))
            .isEqualTo("/patrol/tours?site=3&continue");
        assertThat(LocalSuccessRedirect.localTarget("https://evil.example:8443/app/approvals", "/app"))
            .isEqualTo("/approvals");
    }

    @Test
    void anythingThatCouldLeaveTheServerGoesHome() {
        assertThat(LocalSuccessRedirect.localTarget("http://evil.example//other.example/x", "")).isEqualTo("/");
        assertThat(LocalSuccessRedirect.localTarget("http://evil.example/other/app", "/app")).isEqualTo("/");
        assertThat(LocalSuccessRedirect.localTarget("not a uri", "")).isEqualTo("/");
    }

}
