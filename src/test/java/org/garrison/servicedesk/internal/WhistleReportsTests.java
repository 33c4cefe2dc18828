package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.garrison.platform.security.TestPrincipals;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class WhistleReportsTests {

    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void namedReporterIsSealedForAHandlerWithoutTheDesignatedPermission() {
        var handler = TestPrincipals.principal(ScopeLevel.COMPANY, null, ServiceDeskPermissions.WHISTLEBLOWING_HANDLE);
        var view = WhistleReports.view(handler, named());
        assertThat(view.sealed()).isTrue();
        assertThat(view.reporter()).isEqualTo(WhistleReports.SEALED);
        assertThat(view.toString()).doesNotContain("李明").doesNotContain("138");
    }

    @Test
    void designatedPermissionSeesNameAndContact() {
        var chairman = TestPrincipals.principal(ScopeLevel.COMPANY, null, ServiceDeskPermissions.WHISTLEBLOWING_HANDLE,
                ServiceDeskPermissions.WHISTLEBLOWING_IDENTITY);
        assertThat(WhistleReports.view(chairman, named()).reporter()).isEqualTo("李明 · 138 0000 0000");
    }

    @Test
    void anonymousReportKeepsNothingAboutTheReporterEvenIfGiven() {
        var report = saved(new WhistleReport("JB-1", true, "李明", "138", 5L, "收受香烟", "夜班", null, AT));
        assertThat(report.getReporterName()).isNull();
        assertThat(report.getReporterContact()).isNull();
        var chairman = TestPrincipals.principal(ScopeLevel.COMPANY, null, ServiceDeskPermissions.WHISTLEBLOWING_IDENTITY);
        assertThat(WhistleReports.view(chairman, report).anonymous()).isTrue();
    }

    @Test
    void namedReportNeedsAName() {
        assertThatThrownBy(() -> new WhistleReport("JB-1", false, " ", "138", null, "收受香烟", "夜班", null, AT))
            .hasMessage("servicedesk.whistle.nameNeeded");
    }

    @Test
    void reportIsConcludedOnce() {
        var report = named();
        report.conclude("属实，已处理", AT);
        assertThat(report.getState()).isEqualTo(WhistleReport.State.CONCLUDED);
        assertThatThrownBy(() -> report.conclude("again", AT)).hasMessage("servicedesk.whistle.concluded");
    }

    private static WhistleReport named() {
        return saved(new WhistleReport("JB-20261123-001", false, "李明", "138 0000 0000", 9L, "收受香烟", "夜班放行货车时",
                "A 座", AT));
    }

    private static WhistleReport saved(WhistleReport report) {
        ReflectionTestUtils.setField(report, "id", 11L);
        return report;
    }

}
