package org.garrison.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.garrison.duty.internal.CheckItem;
import org.garrison.duty.internal.CheckKind;
import org.garrison.duty.internal.DutyReports;
import org.garrison.duty.internal.HandoverAlerts;
import org.garrison.duty.internal.HandoverBook;
import org.garrison.duty.internal.HandoverFollowUp;
import org.garrison.duty.internal.HandoverItem;
import org.garrison.duty.internal.HandoverViews.HandoverDraft;
import org.garrison.duty.internal.HandoverViews.Outcome;
import org.garrison.duty.internal.PostChecks;
import org.garrison.duty.internal.PostChecks.CheckDraft;
import org.garrison.duty.internal.Violations;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty books end to end on the test database, as the demo guard (马超), team leader (何勇), supervisor and
 * inspector of 福田支行 (S101) use them.
 */
@IntegrationTest
class DutyBooksIntegrationTests {

    @Autowired
    HandoverBook handovers;

    @Autowired
    HandoverFollowUp followUp;

    @Autowired
    HandoverAlerts alerts;

    @Autowired
    PostChecks checks;

    @Autowired
    Violations violations;

    @Autowired
    DutyManagement duty;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    PeopleManagement people;

    @Autowired
    Incidents incidents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RosterManagement rosters;

    @Autowired
    DutyReports reports;

    @Autowired
    Clock clock;

    CurrentUser guard;

    CurrentUser leader;

    long s101;

    long guardEmployee;

    long leaderEmployee;

    @BeforeEach
    void people() {
        guard = identity.user("guard").orElseThrow();
        leader = identity.user("leader").orElseThrow();
        s101 = organisation.siteByCode("S101").orElseThrow().value();
        guardEmployee = people.employeeOfUser(guard.userId()).orElseThrow().value();
        leaderEmployee = people.employeeOfUser(leader.userId()).orElseThrow().value();
    }

    private HandoverDraft handover(String clientId) {
        return new HandoverDraft(clientId, s101, null, leaderEmployee, null, EnumSet.of(HandoverItem.RADIO, HandoverItem.KEYS),
                "北门感应灯不亮");
    }

    @Test
    void aHandoverSentTwiceIsStoredOnceAndTheIncomingGuardAnswersItOnce() {
        String clientId = UUID.randomUUID().toString();
        var first = handovers.write(guard, handover(clientId));
        var again = handovers.write(guard, handover(clientId));

        assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM du_handover WHERE client_id = ?").param(clientId).query(Long.class).single())
            .isEqualTo(1);
        assertThat(handovers.awaitingMe(leader)).anySatisfy(row -> assertThat(row.clientId()).isEqualTo(clientId));

        long id = first.id();
        assertThatThrownBy(() -> handovers.acknowledge(guard, id)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.notYours");
        handovers.acknowledge(leader, id);
        assertThatThrownBy(() -> handovers.acknowledge(leader, id)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.alreadyAnswered");
        assertThat(handovers.card(leader.scope(), id).answeredAt()).isNotNull();
        assertThat(handovers.awaitingMe(leader)).noneSatisfy(row -> assertThat(row.id()).isEqualTo(id));
    }

    /** The guard's latest ended shift at S101 of the last week that no acknowledged handover counts yet. */
    private java.util.Optional<org.garrison.rosters.DutyShift> endedShiftNotHandedOver(LocalDate today) {
        return rosters.publishedShifts(new EmployeeId(guardEmployee), today.minusDays(6), today)
            .stream()
            .filter(s -> s.site().value() == s101 && s.ends().isBefore(clock.instant()))
            // The demo keeps the book for the last days: a shift already handed over would not count twice.
            .filter(s -> jdbc.sql("SELECT COUNT(*) FROM du_handover WHERE from_shift_id = ? AND state = 'ACKNOWLEDGED'")
                .param(s.id().value()).query(Long.class).single() == 0)
            .reduce((first, second) -> second);
    }

    @Test
    void aHandoverNamesTheOutgoingShiftAndOnceAcknowledgedCountsForTheSitesCompleteness() {
        LocalDate today = LocalDate.now(clock);
        if (endedShiftNotHandedOver(today).isEmpty()) {
            // Early in a week the demo keeps the book for every ended shift of its roster: the guard gets a day shift
            // five days ago, a day the demo roster and its book leave empty then.
            var day = today.minusDays(5).atStartOfDay(clock.getZone());
            new org.garrison.attendance.AttendanceFixtures(jdbc).shift(new org.garrison.shared.SiteId(s101),
                    new EmployeeId(guardEmployee), day.plusHours(10).toInstant(), day.plusHours(18).toInstant());
        }
        var ended = endedShiftNotHandedOver(today)
            .orElseThrow(() -> new AssertionError("the guard has no ended shift not handed over"));
        String clientId = UUID.randomUUID().toString();
        long id = handovers.write(guard, new HandoverDraft(clientId, s101, null, leaderEmployee,
                ended.ends().minusSeconds(300), EnumSet.allOf(HandoverItem.class), null)).id();
        assertThat(jdbc.sql("SELECT from_shift_id FROM du_handover WHERE id = ?").param(id).query(Long.class).single())
            .isEqualTo(ended.id().value());
        var week = ended.day().with(DayOfWeek.MONDAY);
        long before = handedOver(week);

        handovers.acknowledge(leader, id);

        assertThat(handedOver(week)).isEqualTo(before + 1);
        assertThat(reports.handovers(leader.scope(), 2)).isNotEmpty()
            .allSatisfy(c -> assertThat(c.handedOver()).isLessThanOrEqualTo(c.shifts()));
    }

    private long handedOver(LocalDate week) {
        return reports.handovers(DataScope.company(0), 2)
            .stream()
            .filter(c -> c.siteId() == s101 && c.weekStart().equals(week))
            .mapToLong(DutyReports.Completeness::handedOver)
            .sum();
    }

    @Test
    void aHandoverToSomeoneNotAtTheSiteIsRefusedAndStoresNothing() {
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        long elsewhere = people.colleaguesAt(new SiteId(s201)).get(0).id().value();
        String clientId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> handovers.write(guard, new HandoverDraft(clientId, s101, null, elsewhere, null, Set.of(), null)))
            .isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.incomingNotAtSite");
        assertThatThrownBy(() -> handovers.write(guard, new HandoverDraft(clientId, s201, null, elsewhere, null, Set.of(), null)))
            .as("a site outside the guard's scope")
            .isInstanceOf(DomainException.class)
            .hasMessage("duty.siteOutOfScope");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM du_handover WHERE client_id = ?").param(clientId).query(Long.class).single())
            .isZero();
    }

    @Test
    void aHandoverNobodyAnsweredInTimeAlertsTheTeamLeaderOnce() {
        long id = handovers.write(guard, handover(UUID.randomUUID().toString())).id();
        var written = clock.instant();
        alerts.alertUnanswered(written.plus(Duration.ofMinutes(29)));
        assertThat(alerted(id)).as("within the window").isFalse();

        var late = written.plus(Duration.ofMinutes(31));
        assertThat(alerts.alertUnanswered(late)).isPositive();
        assertThat(alerted(id)).isTrue();
        assertThat(alerts.alertUnanswered(late)).as("told once").isZero();
    }

    @Test
    void anOmissionLinkedToAHandoverRaisesAnItem15DraftAgainstTheOutgoingGuard() {
        long id = handovers.write(guard, handover(UUID.randomUUID().toString())).id();
        String incident = incidentAt(s101);
        long violation = followUp.linkOmission(leader, id, " " + incident + " ", "金库走廊灯故障未交接");

        var row = violations.card(leader.scope(), violation);
        assertThat(row.item()).isEqualTo(PenaltyItem.HANDOVER_OMISSION);
        assertThat(row.source()).isEqualTo(ViolationSource.HANDOVER);
        assertThat(row.employeeId()).isEqualTo(guardEmployee);
        assertThat(row.state().name()).isEqualTo("DRAFT");
        assertThat(row.evidenceLink()).isEqualTo("/duty/handovers/" + id);
        assertThat(handovers.card(leader.scope(), id).omissionReference()).isEqualTo(incident);
        assertThatThrownBy(() -> followUp.linkOmission(leader, id, incident, "")).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.omissionAlreadyLinked");
    }

    @Test
    void anOmissionLinksOnlyAnIncidentOrComplaintOfTheHandoversSite() {
        long id = handovers.write(guard, handover(UUID.randomUUID().toString())).id();
        long drafts = draftsOf(id);
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        CurrentUser ops = identity.user("ops").orElseThrow();

        for (String unknown : new String[] { "SJ-19990101-999", "KS-19990101-999", incidentAt(s201, ops) }) {
            assertThatThrownBy(() -> followUp.linkOmission(leader, id, unknown, "")).as(unknown)
                .isInstanceOf(DomainException.class)
                .hasMessage("duty.handover.referenceUnknown");
        }
        assertThat(handovers.card(leader.scope(), id).omissionReference()).as("nothing linked").isNull();
        assertThat(draftsOf(id)).as("no violation draft").isEqualTo(drafts);

        String complaint = jdbc.sql("SELECT number FROM sd_complaint WHERE site_id = ? ORDER BY id").param(s101)
            .query(String.class)
            .list()
            .get(0);
        followUp.linkOmission(leader, id, complaint, "");
        assertThat(handovers.card(leader.scope(), id).omissionReference()).isEqualTo(complaint);
        assertThat(draftsOf(id)).isEqualTo(drafts + 1);
    }

    private String incidentAt(long site) {
        return incidentAt(site, guard);
    }

    private String incidentAt(long site, CurrentUser reporter) {
        return incidents.report(reporter, site, IncidentType.OTHER, Severity.MINOR, "北门", "交接遗漏后发生的事件", null, null)
            .getIncidentNumber();
    }

    private long draftsOf(long handover) {
        return jdbc.sql("SELECT COUNT(*) FROM du_violation WHERE evidence_link = ?")
            .param("/duty/handovers/" + handover)
            .query(Long.class)
            .single();
    }

    @Test
    void aCovertInspectionIsHiddenFromTheTeamLeaderUntilPublished() {
        CurrentUser inspector = identity.user("inspector").orElseThrow();
        long id = checks.record(inspector, new CheckDraft(s101, null, CheckKind.COVERT, guardEmployee, true,
                Set.of(CheckItem.NO_DISTRACTION), "岗亭内玩手机", LocalDate.now(clock).plusDays(1), PenaltyItem.DISTRACTED));

        assertThat(checks.card(inspector, id).violationId()).as("no draft before it is published").isNull();
        assertThat(checks.list(leader, s101, null, PageRequest.of(0, 100)).getContent()).noneSatisfy(row -> assertThat(row.id()).isEqualTo(id));
        assertThatThrownBy(() -> checks.card(leader, id)).isInstanceOf(NotFoundException.class);
        LocalDate today = LocalDate.now(clock);
        assertThat(duty.postCheckFindings(DataScope.company(0), today, today)).as("appraisal before publication")
            .noneSatisfy(finding -> assertThat(finding.checkId()).isEqualTo(id));

        checks.publish(inspector, id);
        assertThat(duty.postCheckFindings(DataScope.company(0), today, today)).anySatisfy(finding -> {
            assertThat(finding.checkId()).isEqualTo(id);
            assertThat(finding.proposedItem()).isEqualTo(PenaltyItem.DISTRACTED);
            assertThat(finding.findings()).isEqualTo("岗亭内玩手机");
        });

        assertThat(checks.list(leader, s101, null, PageRequest.of(0, 100)).getContent()).anySatisfy(row -> assertThat(row.id()).isEqualTo(id));
        var violation = checks.card(leader, id).violationId();
        assertThat(violation).isNotNull();
        assertThat(violations.card(leader.scope(), violation).item()).isEqualTo(PenaltyItem.DISTRACTED);
    }

    @Test
    void aPostCheckAtASiteOutOfScopeIsRefusedAndStoresNothing() {
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        long before = jdbc.sql("SELECT COUNT(*) FROM du_post_check").query(Long.class).single();
        assertThatThrownBy(() -> checks.record(leader, new CheckDraft(s201, null, CheckKind.ROUTINE, null, true, Set.of(), null,
                null, null)))
            .isInstanceOf(DomainException.class)
            .hasMessage("duty.siteOutOfScope");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM du_post_check").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void appraisalGetsConfirmedViolationsOnceEachAndNotDismissedOnes() {
        LocalDate today = LocalDate.now(clock);
        String key = "test:" + UUID.randomUUID();
        var draft = new ViolationDraft(new EmployeeId(guardEmployee), new SiteId(s101), clock.instant(), PenaltyItem.LATE_OR_EARLY,
                ViolationSource.ATTENDANCE, "迟到 25 分钟，岗位空岗", null, key);
        long id = duty.raiseViolationDraft(draft);
        assertThat(duty.raiseViolationDraft(draft)).as("the same source key").isEqualTo(id);
        long other = duty.raiseViolationDraft(new ViolationDraft(new EmployeeId(guardEmployee), new SiteId(s101), clock.instant(),
                PenaltyItem.LATE_OR_EARLY, ViolationSource.ATTENDANCE, "迟到 3 分钟", null, null));

        var company = DataScope.company(0);
        assertThat(duty.confirmedViolations(company, today, today)).noneSatisfy(v -> assertThat(v.id()).isEqualTo(id));
        violations.confirm(leader, id, "空岗影响执勤");
        violations.dismiss(leader, other, "未影响执勤");

        assertThat(duty.confirmedViolations(company, today, today)).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.item()).isEqualTo(PenaltyItem.LATE_OR_EARLY);
            assertThat(v.employee()).isEqualTo(new EmployeeId(guardEmployee));
        }).noneSatisfy(v -> assertThat(v.id()).isEqualTo(other));
        assertThat(duty.confirmedViolations(company, today.plusDays(1), today.plusDays(2)))
            .noneSatisfy(v -> assertThat(v.id()).isEqualTo(id));
    }

    private boolean alerted(long id) {
        return jdbc.sql("SELECT alerted FROM du_handover WHERE id = ?").param(id).query(Boolean.class).single();
    }

}
