package org.garrison.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.garrison.attendance.AttendanceIrregularity;
import org.garrison.attendance.AttendanceStatus;
import org.garrison.duty.internal.Violations;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.SiteFilter;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.servicedesk.ServiceDeskManagement;
import org.garrison.siteops.SiteOpsManagement;
import org.garrison.testsupport.ModuleTestBeans;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The duty books on their own, the modules they ask mocked: a violation draft raised by another module (attendance,
 * rosters) tells the site's team leader and is audited; a repeated source key raises nothing new; once confirmed the
 * draft is what appraisal gets for the period.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@Import(ModuleTestBeans.class)
@TestPropertySource(properties = "garrison.demo.enabled=false")
class DutyModuleTests {

    private static final SiteId SITE = new SiteId(11);

    private static final EmployeeId GUARD = new EmployeeId(7);

    @Autowired
    DutyManagement duty;

    @Autowired
    Violations violations;

    @MockitoBean
    OrganisationManagement organisation;

    @MockitoBean
    PeopleManagement people;

    @MockitoBean
    SiteOpsManagement siteops;

    @MockitoBean
    RosterManagement rosters;

    @MockitoBean
    ServiceDeskManagement serviceDesk;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @BeforeEach
    void neighbours() {
        var everySite = mock(SiteFilter.class);
        when(everySite.on(anyString())).thenReturn((Specification<Object>) (root, query, cb) -> cb.conjunction());
        when(organisation.siteFilter(any())).thenReturn(everySite);
        when(organisation.siteName(SITE)).thenReturn("福田支行");
        when(people.nameOf(GUARD)).thenReturn("马超");
    }

    private static ViolationDraft late(String key) {
        return new ViolationDraft(GUARD, SITE, Instant.now(), PenaltyItem.LATE_OR_EARLY, ViolationSource.ATTENDANCE,
                "迟到 25 分钟", "/attendance/clock/8812", key);
    }

    @Test
    void aDraftRaisedByAnotherModuleTellsTheSitesTeamLeader(Scenario scenario) {
        scenario.stimulate(() -> duty.raiseViolationDraft(late("clock:8812")))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("duty.violation.drafted"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.roleCodes()).containsExactly("TEAM_LEADER");
                assertThat(notice.siteId()).isEqualTo(SITE);
                assertThat(notice.args()).containsExactly("马超", "#duty.item.LATE_OR_EARLY", "福田支行");
                assertThat(notice.link()).startsWith("/duty/violations/");
            });
    }

    @Test
    void aDraftIsAudited(Scenario scenario) {
        scenario.stimulate(() -> duty.raiseViolationDraft(late("clock:9001")))
            .andWaitForEventOfType(AuditedChange.class)
            .matching(change -> change.entityType().equals(Violations.ENTITY))
            .toArriveAndVerify(change -> {
                assertThat(change.action()).isEqualTo("CREATE");
                assertThat(change.summary()).isEqualTo("马超");
            });
    }

    @Test
    void aRepeatedSourceKeyRaisesOneDraftWhichAppraisalGetsOnceConfirmed() {
        long id = duty.raiseViolationDraft(late("clock:7001"));
        assertThat(duty.raiseViolationDraft(late("clock:7001"))).isEqualTo(id);
        LocalDate today = LocalDate.now(TestClock.ZONE);
        var company = DataScope.company(0);
        assertThat(duty.confirmedViolations(company, today, today)).noneSatisfy(v -> assertThat(v.id()).isEqualTo(id));

        violations.confirm(TestPrincipals.principal(ScopeLevel.SITE, SITE.value()), id, "空岗影响执勤");

        assertThat(duty.confirmedViolations(company, today, today)).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.employeeName()).isEqualTo("马超");
            assertThat(v.item()).isEqualTo(PenaltyItem.LATE_OR_EARLY);
        });
    }

    @Test
    void aGuardLateOnAShiftBecomesADraftForTheTeamLeader(Scenario scenario) {
        Instant starts = Instant.now().minusSeconds(3600);
        var link = new AtomicReference<String>();
        scenario.publish(new AttendanceIrregularity(new ShiftId(501), GUARD, SITE, AttendanceStatus.LATE, 12,
                AttendanceIrregularity.RULEBOOK_ITEM, starts, starts.plusSeconds(720)))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("duty.violation.drafted"))
            .toArriveAndVerify(notice -> {
                assertThat(notice.args()).containsExactly("马超", "#duty.item.LATE_OR_EARLY", "福田支行");
                link.set(notice.link());
            });
        assertThat("/duty/violations/" + duty.raiseViolationDraft(late("attendance:501:LATE")))
            .as("the same shift and kind again is the same draft").isEqualTo(link.get());
    }

}
