package org.garrison.rosters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.internal.solver.History;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published shifts just outside a period that the solver is given: the last before it and the days in a row up
 * to it, the first after it and the days in a row from it; drafts, shifts inside the period and other guards' are not.
 */
@IntegrationTest
@Transactional
class GuardHistoryIntegrationTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final LocalDate FIRST = LocalDate.of(2031, 3, 10);

    @Autowired
    GuardFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theLastShiftBeforeAndTheFirstAfterThePeriodWithTheirRunsOfDays() {
        long roster = roster();
        for (int d = 1; d <= 3; d++) {
            LocalDate day = FIRST.minusDays(d);
            shift(roster, "PUBLISHED", day, "夜班", day.atTime(20, 0), day.plusDays(1).atTime(8, 0), 770101L);
        }
        LocalDate gap = FIRST.minusDays(5);
        shift(roster, "PUBLISHED", gap, "白班", gap.atTime(8, 0), gap.atTime(20, 0), 770101L);
        shift(roster, "DRAFT", FIRST.plusDays(7), "白班", FIRST.plusDays(7).atTime(8, 0), FIRST.plusDays(7).atTime(20, 0),
                770101L);
        shift(roster, "PUBLISHED", FIRST.plusDays(3), "白班", FIRST.plusDays(3).atTime(8, 0),
                FIRST.plusDays(3).atTime(20, 0), 770101L);
        for (int d = 7; d <= 8; d++) {
            LocalDate day = FIRST.plusDays(d);
            shift(roster, "PUBLISHED", day, "白班", day.atTime(8, 0), day.atTime(20, 0), 770101L);
        }
        shift(roster, "PUBLISHED", FIRST.minusDays(1), "白班", FIRST.minusDays(1).atTime(8, 0),
                FIRST.minusDays(1).atTime(20, 0), 770102L);

        var history = facts.history(List.of(guard(770101), guard(770102), guard(770103)), FIRST, 7);

        assertThat(history.get(770101L)).isEqualTo(new History(minute(FIRST.atTime(8, 0)), "3/9 大门岗 夜班", 3,
                minute(FIRST.plusDays(7).atTime(8, 0)), "3/17 大门岗 白班", 2, 7));
        assertThat(history.get(770102L)).isEqualTo(new History(minute(FIRST.minusDays(1).atTime(20, 0)),
                "3/9 大门岗 白班", 1, null, null, 0, 7));
        assertThat(history).as("no published shift next to the period").doesNotContainKey(770103L);
    }

    private static DutyCandidate guard(long id) {
        return new DutyCandidate(new EmployeeId(id), "保安" + id, null, null, 175, null);
    }

    private static long minute(LocalDateTime at) {
        return at.atZone(ZONE).toEpochSecond() / 60;
    }

    private long roster() {
        jdbc.sql("INSERT INTO ros_roster (scope_level, scope_ref, first_day, last_day, state, created_by, created_at) "
                + "VALUES ('SITE', 990101, :f, :l, 'PUBLISHED', 1, :now)")
            .param("f", Date.valueOf(FIRST.minusDays(7))).param("l", Date.valueOf(FIRST.plusDays(14)))
            .param("now", Timestamp.from(clock.instant())).update();
        return jdbc.sql("SELECT MAX(id) FROM ros_roster").query(Long.class).single();
    }

    private void shift(long roster, String state, LocalDate day, String template, LocalDateTime starts,
            LocalDateTime ends, long employee) {
        jdbc.sql("INSERT INTO ros_shift (roster_id, state, service_day, site_id, post_id, post_name, template_id, "
                + "template_name, slot, starts_at, ends_at, employee_id) VALUES (:r, :state, :day, 990101, 880101, "
                + "'大门岗', 1, :t, 0, :s, :e, :emp)")
            .param("r", roster).param("state", state).param("day", Date.valueOf(day)).param("t", template)
            .param("s", Timestamp.from(starts.atZone(ZONE).toInstant()))
            .param("e", Timestamp.from(ends.atZone(ZONE).toInstant()))
            .param("emp", employee)
            .update();
    }

}
