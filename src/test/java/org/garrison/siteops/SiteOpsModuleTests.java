package org.garrison.siteops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.siteops.access.AccessAlert;
import org.garrison.siteops.access.AccessLog;
import org.garrison.siteops.access.IdType;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.siteops.access.WatchEntry;
import org.garrison.siteops.access.WatchList;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.siteops.preparedness.EmergencyResource;
import org.garrison.siteops.preparedness.Preparedness;
import org.garrison.siteops.preparedness.ResourceReminders;
import org.garrison.testsupport.ModuleTestBeans;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The site-operations module with its dependencies: a reported incident is told up the chain at once. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "identity")
@Import(ModuleTestBeans.class)
class SiteOpsModuleTests {

    @Autowired
    Incidents incidents;

    @Autowired
    SiteOpsManagement siteOps;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    AccessLog access;

    @Autowired
    WatchList watchList;

    @Autowired
    Preparedness preparedness;

    @Autowired
    Hazards hazards;

    @Autowired
    ResourceReminders reminders;

    @MockitoBean
    AuthenticationManager authenticationManager;

    /** Patrols (a dependency: anomalies become hazards) asks people who holds a post; not part of these stories. */
    @MockitoBean
    PeopleManagement people;

    @Test
    void minorIncidentIsToldToTeamLeaderSupervisorAndSecurityOperationsOfItsSite(Scenario scenario) {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        var guard = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_RECORD);

        scenario.stimulate(() -> incidents.report(guard, site, IncidentType.POWER_FAILURE, Severity.MINOR, "营业厅",
                "营业厅突然停电，已启用应急照明", null, null))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("incident.reported") && notice.args().contains("营业厅突然停电，已启用应急照明"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");
                assertThat(notice.siteId()).isEqualTo(new SiteId(site));
                assertThat(notice.subjectKey()).isEqualTo("siteops.notice.incident.POWER_FAILURE");
                assertThat(notice.link()).startsWith("/siteops/incidents/");
                assertThat(notice.needsAcknowledgement()).isFalse();
            });
    }

    @Test
    void majorTheftIsAlsoToldToManagementAndTheClientAndCancelsBonuses(Scenario scenario) {
        long site = organisation.siteByCode("S102").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_RECORD);

        scenario.stimulate(() -> incidents.report(leader, site, IncidentType.THEFT, Severity.MAJOR, "金库外走廊",
                "发现可疑人员撬锁，已报警", null, null))
            .andWaitForEventOfType(IncidentReported.class)
            .matching(reported -> reported.site().value() == site && reported.type().equals("THEFT"))
            .toArriveAndVerify(reported -> assertThat(reported.number()).startsWith("SJ-"));

        scenario.stimulate(() -> incidents.report(leader, site, IncidentType.THEFT, Severity.MAJOR, "金库外走廊",
                "第二次撬锁未遂", null, null))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.args().contains("第二次撬锁未遂") && !notice.roleCodes().contains("CLIENT"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS", "CHAIRMAN");
                assertThat(notice.link()).startsWith("/siteops/incidents/");
                assertThat(notice.needsAcknowledgement()).isTrue();
            });

        scenario.stimulate(() -> incidents.report(leader, site, IncidentType.THEFT, Severity.MAJOR, "金库外走廊",
                "第三次撬锁未遂", null, null))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.args().contains("第三次撬锁未遂") && notice.roleCodes().contains("CLIENT"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactly("CLIENT");
                assertThat(notice.siteId()).isEqualTo(new SiteId(site));
                assertThat(notice.link()).startsWith("/siteops/client/incidents/");
                assertThat(notice.needsAcknowledgement()).isTrue();
            });

        LocalDate today = LocalDate.now(TestClock.ZONE);
        assertThat(siteOps.bonusCancellingIncidents(new DataScope(ScopeLevel.SITE, site, 1), today, today))
            .extracting(SiteOpsManagement.BonusCancellingIncident::type)
            .contains("THEFT");
    }

    @Test
    void vehicleReleasedWithoutAuthorisationIsTheGuardsViolationForAppraisal(Scenario scenario) {
        long site = organisation.siteByCode("S201").orElseThrow().value();
        var guard = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_RECORD);
        long entry = access.admitVehicle(guard, site, "粤B 6M2Q8", "刘师傅", "空调外机").id();

        scenario.stimulate(() -> access.release(guard, entry, null))
            .andWaitForEventOfType(VehicleReleasedWithoutAuthorisation.class)
            .matching(released -> released.entryId().value() == entry)
            .toArriveAndVerify(released -> {
                assertThat(released.plate()).isEqualTo("粤B6M2Q8");
                assertThat(released.guardUserId()).isEqualTo(guard.userId());
            });

        LocalDate today = LocalDate.now(TestClock.ZONE);
        assertThat(siteOps.unauthorisedReleases(new DataScope(ScopeLevel.SITE, site, 1), today, today))
            .anySatisfy(release -> assertThat(release.entryId().value()).isEqualTo(entry));
        assertThat(siteOps.unauthorisedReleases(new DataScope(ScopeLevel.SITE, site + 1000, 1), today, today)).isEmpty();
    }

    @Test
    void blacklistedVisitorIsRecordedWithAnAlertThatTellsTheLeaderAndSupervisor(Scenario scenario) {
        long site = organisation.siteByCode("S202").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_RECORD, SiteOpsPermissions.SITEOPS_MANAGE);
        watchList.add(leader, site, WatchEntry.Kind.PERSON, "320102197812313454", "曾在园区滋事");

        scenario.stimulate(() -> access.admitPerson(leader, site, new Visitor("王某", IdType.RESIDENT_ID, "320102197812313454",
                null, "找人", null, null)))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("access.blacklisted") && new SiteId(site).equals(notice.siteId()))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR");
                assertThat(notice.args()).contains("曾在园区滋事");
            });

        assertThat(siteOps.visitorsOnSite(new DataScope(ScopeLevel.SITE, site, 1), new SiteId(site)))
            .anySatisfy(visitor -> assertThat(visitor.name()).isEqualTo("王某"));
        assertThat(access.admitPerson(leader, site, new Visitor("王某", IdType.RESIDENT_ID, "320102197812313454", null, "找人",
                null, null)).alert()).isEqualTo(AccessAlert.BLACKLISTED);
    }

    @Test
    void expiringFirstAidKitRemindsTheTeamLeaderOfItsSite(Scenario scenario) {
        long site = organisation.siteByCode("S102").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_MANAGE);
        preparedness.addResource(leader, site, EmergencyResource.Kind.FIRST_AID_KIT, "急救箱", "值班室", 1, 90,
                LocalDate.now(TestClock.ZONE).plusDays(10));

        scenario.stimulate(() -> reminders.remind(LocalDate.now(TestClock.ZONE)))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("resource.due") && new SiteId(site).equals(notice.siteId()))
            .toArriveAndVerify(notice -> assertThat(notice.roleCodes()).containsExactly("TEAM_LEADER"));
    }

    @Test
    void rectifiedHazardAsksTheLeaderAndSupervisorToVerifyIt(Scenario scenario) {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        var guard = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_RECORD);
        long hazard = hazards.open(guard, site, "后门闭门器损坏", "后门无法自动关闭", Severity.MINOR, null, null, null).getId();

        scenario.stimulate(() -> hazards.rectify(guard, hazard, "已更换闭门器"))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("hazard.rectified") && notice.link() != null
                    && notice.link().endsWith("/" + hazard))
            .toArriveAndVerify(notice -> assertThat(notice.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR"));
    }

}
