package org.garrison.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.garrison.attendance.internal.AttendanceSweep;
import org.garrison.attendance.internal.ClockFlag;
import org.garrison.attendance.internal.ClockIngest;
import org.garrison.attendance.internal.ClockKind;
import org.garrison.attendance.internal.ManualClock;
import org.garrison.attendance.internal.MonthlyAttendance;
import org.garrison.attendance.internal.OnDutyBoard;
import org.garrison.attendance.internal.SiteRule;
import org.garrison.attendance.internal.SiteRules;
import org.garrison.people.EmployeeId;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

/** The attendance module with its direct dependencies: clocking, settling, alerting, the board and the month. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "numbering", "identity" })
@Import(ModuleTestBeans.class)
@Transactional
class AttendanceModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClockIngest ingest;

    @Autowired
    AttendanceSweep sweep;

    @Autowired
    ManualClock manual;

    @Autowired
    OnDutyBoard board;

    @Autowired
    MonthlyAttendance monthly;

    @Autowired
    SiteRules rules;

    @Autowired
    AttendanceManagement attendance;

    @Autowired
    Clock clock;

    /** Built by the platform's security configuration in the running application. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    AttendanceFixtures fixtures;

    long branch;

    SiteId site;

    EmployeeId guard;

    EmployeeId other;

    Instant now;

    @BeforeEach
    void company() {
        fixtures = new AttendanceFixtures(jdbc);
        branch = fixtures.branch();
        site = fixtures.site(branch, null, "考勤测试驻点");
        guard = fixtures.employee(branch, "王守卫", null, true);
        other = fixtures.employee(branch, "李值班", null, false);
        now = clock.instant();
        var leader = TestPrincipals.principal(ScopeLevel.COMPANY, null);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(leader, null, List.of()));
    }

    ClockIngest.Batch batch(EmployeeId who, Instant sentAt, ClockIngest.Item... items) {
        return new ClockIngest.Batch(who, 4242, ClockIngest.Source.PHONE, "phone-test", sentAt, List.of(items));
    }

    static ClockIngest.Item in(String id, ShiftId shift, Instant at, Double lat, Double lon) {
        return new ClockIngest.Item(id, shift.value(), "IN", at.toString(), lat, lon);
    }

    @Test
    void aQueueSyncedTwiceStoresEachEventOnce() {
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(11)));
        String id = UUID.randomUUID().toString();
        var first = ingest.ingest(batch(guard, now, in(id, shift, now.minusSeconds(700), null, null)));
        var again = ingest.ingest(batch(guard, now, in(id, shift, now.minusSeconds(700), null, null),
                in(id, shift, now.minusSeconds(700), null, null)));
        assertThat(first).extracting(ClockIngest.Result::outcome).containsExactly(ClockIngest.Outcome.ACCEPTED);
        assertThat(again).extracting(ClockIngest.Result::outcome)
            .containsExactly(ClockIngest.Outcome.DUPLICATE, ClockIngest.Outcome.DUPLICATE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM att_clock_event WHERE event_uuid = ?").param(id).query(Long.class).single())
            .isEqualTo(1);
    }

    @Test
    void aClockInForAShiftThatIsNotTheGuardsIsRefusedAndStoresNothingWhileTheOthersInTheBatchCount() {
        var mine = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(11)));
        var theirs = fixtures.shift(site, other, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(11)));
        var results = ingest.ingest(batch(guard, now, in("a-" + UUID.randomUUID(), theirs, now, null, null),
                in("b-" + UUID.randomUUID(), mine, now, null, null),
                new ClockIngest.Item("c-" + UUID.randomUUID(), 99_999_999L, "IN", now.toString(), null, null)));
        assertThat(results).extracting(ClockIngest.Result::outcome).containsExactly(ClockIngest.Outcome.REJECTED,
                ClockIngest.Outcome.ACCEPTED, ClockIngest.Outcome.REJECTED);
        assertThat(results.get(0).reasonKey()).isEqualTo("attendance.clock.notYourShift");
        assertThat(results.get(2).reasonKey()).isEqualTo("attendance.clock.notYourShift");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM att_clock_event WHERE shift_id = ?").param(theirs.value())
            .query(Long.class).single()).isZero();
    }

    @Test
    void outsideTheFenceAndAPhoneClockOffAreFlaggedNotRefused() {
        var user = TestPrincipals.principal(ScopeLevel.COMPANY, null);
        rules.save(user, new SiteRule(site.value(), 5, 30, true, 22.5431, 114.0579, 200, true));
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(11)));
        var far = ingest.ingest(batch(guard, now, in("far-" + UUID.randomUUID(), shift, now, 22.5531, 114.0579)));
        var skewed = ingest.ingest(batch(guard, now.plus(Duration.ofMinutes(20)),
                in("skew-" + UUID.randomUUID(), shift, now, 22.5432, 114.0579)));
        var blind = ingest.ingest(batch(guard, now, in("blind-" + UUID.randomUUID(), shift, now, null, null)));
        assertThat(far.get(0).outcome()).isEqualTo(ClockIngest.Outcome.ACCEPTED);
        assertThat(far.get(0).flags()).containsExactly(ClockFlag.OUTSIDE_FENCE);
        assertThat(skewed.get(0).flags()).containsExactly(ClockFlag.CLOCK_SKEW);
        assertThat(blind.get(0).flags()).containsExactly(ClockFlag.NO_POSITION);
    }

    @Test
    void anEventInTheFutureOrFarFromTheShiftIsRefused() {
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(11)));
        var results = ingest.ingest(batch(guard, now, in("f-" + UUID.randomUUID(), shift, now.plusSeconds(600), null, null),
                in("o-" + UUID.randomUUID(), shift, now.minus(Duration.ofHours(3)), null, null),
                new ClockIngest.Item("k-" + UUID.randomUUID(), shift.value(), "LUNCH", now.toString(), null, null)));
        assertThat(results).extracting(ClockIngest.Result::reasonKey).containsExactly("attendance.clock.future",
                "attendance.clock.outsideShift", "attendance.clock.kindInvalid");
        assertThatThrownBy(() -> ingest.ingest(batch(guard, now))).isInstanceOf(DomainException.class);
    }

    @Test
    void anAbsenceAlertsTheLeaderAndSupervisorAtOnceAndIsAnnouncedOnceAsRulebookItem13(AssertablePublishedEvents events) {
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(40)), now.plus(Duration.ofHours(11)));
        sweep.sweep(now);
        sweep.sweep(now.plusSeconds(60));
        assertThat(events.ofType(AttendanceIrregularity.class).matching(e -> e.shift().equals(shift)))
            .singleElement()
            .satisfies(e -> {
                assertThat(e.kind()).isEqualTo(AttendanceStatus.ABSENT);
                assertThat(e.rulebookItem()).isEqualTo(13);
                assertThat(e.employee()).isEqualTo(guard);
            });
        assertThat(events.ofType(NotificationRequested.class).matching(n -> n.kind().equals("attendance.absent")
                && site.equals(n.siteId())))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR");
                assertThat(n.args()).contains("王守卫", "考勤测试驻点", "大门岗");
            });
    }

    @Test
    void aLateClockInAndAnEarlyClockOutAreAnnouncedAndCountInTheMonth(AssertablePublishedEvents events) {
        Instant starts = now.minus(Duration.ofHours(10));
        var shift = fixtures.shift(site, guard, starts, now.minus(Duration.ofHours(1)));
        ingest.ingest(batch(guard, now, in("l-" + UUID.randomUUID(), shift, starts.plus(Duration.ofMinutes(12)), null, null),
                new ClockIngest.Item("e-" + UUID.randomUUID(), shift.value(), "OUT",
                        now.minus(Duration.ofHours(2)).toString(), null, null)));
        sweep.sweep(now);
        assertThat(events.ofType(AttendanceIrregularity.class).matching(e -> e.shift().equals(shift)))
            .extracting(AttendanceIrregularity::kind, AttendanceIrregularity::minutes)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AttendanceStatus.LATE, 12),
                    org.assertj.core.groups.Tuple.tuple(AttendanceStatus.EARLY_LEAVE, 60));
        var summary = attendance.attendanceOf(guard, java.time.LocalDate.ofInstant(starts, AttendanceFixtures.ZONE).minusDays(1),
                java.time.LocalDate.ofInstant(starts, AttendanceFixtures.ZONE).plusDays(1));
        assertThat(summary.shifts()).isEqualTo(1);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.early()).isEqualTo(1);
        // 468 of the shift's 540 minutes at the post, less the same part of the 白班 template's hour of unpaid break (52)
        assertThat(summary.workedMinutes()).isEqualTo(9 * 60 - 12 - 60 - 52);
        var month = YearMonth.from(java.time.LocalDate.ofInstant(starts, AttendanceFixtures.ZONE));
        var branchScope = new DataScope(ScopeLevel.BRANCH, branch, 1);
        assertThat(monthly.of(branchScope, month)).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("王守卫");
            assertThat(row.late()).isEqualTo(1);
            assertThat(row.early()).isEqualTo(1);
            assertThat(row.absent()).isZero();
            assertThat(row.daysWorked()).isEqualTo(1);
            assertThat(row.workedMinutes()).isEqualTo(9 * 60 - 12 - 60 - 52);
            assertThat(row.leaveDays()).isZero();
        });
    }

    @Test
    void aTeamLeadersClockInByHandNeedsAReasonIsAuditedAndPutsTheGuardOnDuty(AssertablePublishedEvents events) {
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(20)), now.plus(Duration.ofHours(11)));
        var leader = TestPrincipals.principal(ScopeLevel.BRANCH, branch);
        assertThatThrownBy(() -> manual.record(leader, shift, ClockKind.IN, now.minusSeconds(60), " "))
            .hasFieldOrPropertyWithValue("messageKey", "attendance.manual.reasonMissing");
        manual.record(leader, shift, ClockKind.IN, now.minus(Duration.ofMinutes(19)), "手机没电");
        assertThat(events.ofType(org.garrison.shared.AuditedChange.class)
            .matching(c -> c.entityType().equals("ClockEvent"))).hasSize(1);
        assertThat(board.now(new DataScope(ScopeLevel.SITE, site.value(), 1), null)).singleElement().satisfies(row -> {
            assertThat(row.onDuty()).isTrue();
            assertThat(row.guardName()).isEqualTo("王守卫");
            assertThat(row.licenceValid()).isTrue();
        });
        var elsewhere = TestPrincipals.principal(ScopeLevel.BRANCH, fixtures.branch());
        assertThatThrownBy(() -> manual.record(elsewhere, shift, ClockKind.OUT, now, "越权"))
            .isInstanceOf(org.garrison.shared.NotFoundException.class);
    }

    @Test
    void aClientSeesOnlyItsOwnSitesOnTheBoard() {
        long bank = fixtures.client("鹏城银行");
        long park = fixtures.client("科技园");
        var bankSite = fixtures.site(branch, bank, "银行驻点");
        var parkSite = fixtures.site(branch, park, "园区驻点");
        fixtures.shift(bankSite, guard, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        fixtures.shift(parkSite, other, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
        var rows = board.now(new DataScope(ScopeLevel.CLIENT, bank, 1), null);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.siteName()).isEqualTo("银行驻点");
            assertThat(row.guardName()).isEqualTo("王守卫");
            assertThat(row.onDuty()).isFalse();
        });
        assertThat(board.now(new DataScope(ScopeLevel.CLIENT, park, 1), bankSite)).isEmpty();
        assertThat(board.now(new DataScope(ScopeLevel.CLIENT, park, 1), null)).extracting(OnDutyRow::licenceValid)
            .containsExactly(false);
    }

}
