package org.garrison.siteops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Incidents;
import org.garrison.siteops.internal.Severity;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The site-operations module with its dependencies: a reported incident is told up the chain at once. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class SiteOpsModuleTests {

    @Autowired
    Incidents incidents;

    @Autowired
    SiteOpsManagement siteOps;

    @Autowired
    OrganisationManagement organisation;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void minorIncidentIsToldToTeamLeaderSupervisorAndSecurityOperationsOfItsSite(Scenario scenario) {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        var guard = TestPrincipals.principal(ScopeLevel.SITE, site, Permission.SITEOPS_RECORD);

        scenario.stimulate(() -> incidents.report(guard, site, IncidentType.POWER_FAILURE, Severity.MINOR, "营业厅",
                "营业厅突然停电，已启用应急照明", null, null))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("incident.reported") && notice.args().contains("营业厅突然停电，已启用应急照明"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");
                assertThat(notice.siteId()).isEqualTo(site);
                assertThat(notice.subjectKey()).isEqualTo("siteops.notice.incident.POWER_FAILURE");
                assertThat(notice.link()).startsWith("/siteops/incidents/");
                assertThat(notice.needsAcknowledgement()).isFalse();
            });
    }

    @Test
    void majorTheftIsAlsoToldToManagementAndTheClientAndCancelsBonuses(Scenario scenario) {
        long site = organisation.siteByCode("S102").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, Permission.SITEOPS_RECORD);

        scenario.stimulate(() -> incidents.report(leader, site, IncidentType.THEFT, Severity.MAJOR, "金库外走廊",
                "发现可疑人员撬锁，已报警", null, null))
            .andWaitForEventOfType(IncidentReported.class)
            .matching(reported -> reported.site().value() == site && reported.type().equals("THEFT"))
            .toArriveAndVerify(reported -> assertThat(reported.number()).startsWith("SJ-"));

        scenario.stimulate(() -> incidents.report(leader, site, IncidentType.THEFT, Severity.MAJOR, "金库外走廊",
                "第二次撬锁未遂", null, null))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.args().contains("第二次撬锁未遂"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).contains("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS", "CHAIRMAN", "CLIENT");
                assertThat(notice.needsAcknowledgement()).isTrue();
            });

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(siteOps.bonusCancellingIncidents(new DataScope(ScopeLevel.SITE, site, 1), today, today))
            .extracting(SiteOpsManagement.BonusCancellingIncident::type)
            .contains("THEFT");
    }

}
