package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalLinksTests {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/approvals/12", "/complaints/KS-20261121-001?tab=history#steps", "/documents/3/versions/2",
            "/search?q=%E7%A6%8F%E7%94%B0", "/a%20b", "/reports/2026-11" })
    void pathsInsideTheApplicationPass(String link) {
        assertThat(InternalLinks.isInternal(link)).isTrue();
        assertThat(InternalLinks.internalOrNull(link)).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = { "//evil.example", "/\\evil.example", "\\\\evil.example", "\\/evil.example",
            "/approvals/1\\..\\x", "http://evil.example", "https:evil.example", "javascript:alert(1)",
            "JavaScript:alert(1)", "data:text/html,x", "evil.example/x", "approvals/1", "", " /approvals/1",
            "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/approvals/1\u0000", "/approvals/\u007f",
            "/ /evil.example", "/\u00a0/evil.example", "/\u2028/evil.example", "/\u200b/evil.example",
            "/%2Fevil.example", "/%2fevil.example", "/%5Cevil.example", "/%5cevil.example", "/%252F%252Fevil.example",
            "/%09/evil.example", "/%0d%0aSet-Cookie:x", "/%00", "/%E0%A4%A", "/%zz", "/%" })
    void everyOtherFormIsRefused(String link) {
        assertThat(InternalLinks.isInternal(link)).as(link).isFalse();
        assertThat(InternalLinks.internalOrNull(link)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = { 301, 1000 })
    void overlongLinksAreRefused(int length) {
        assertThat(InternalLinks.isInternal("/" + "a".repeat(length - 1))).isFalse();
    }

}
