package org.garrison.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.garrison.people.EmployeeId;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;

/** The rosters module with its direct dependencies: the facade answers published shifts only. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestBeans.class)
@Transactional
class RostersModuleTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    RosterManagement rosters;

    @Autowired
    JdbcClient jdbc;

    /** Built by the platform's security configuration in the running application. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void theFacadeAnswersPublishedStaffedShiftsOnlyAndANightShiftCoversTheNextMorning() {
        LocalDate day = LocalDate.of(2031, 3, 3);
        long roster = jdbc.sql("INSERT INTO ros_roster (scope_level, scope_ref, first_day, last_day, state, created_by, "
                + "created_at) VALUES ('SITE', 990001, :d, :d, 'PUBLISHED', 1, :now)")
            .param("d", Date.valueOf(day)).param("now", Timestamp.from(Instant.now())).update() > 0
                    ? jdbc.sql("SELECT MAX(id) FROM ros_roster").query(Long.class).single() : -1;
        shift(roster, "PUBLISHED", day, "夜班", day.atTime(20, 0), day.plusDays(1).atTime(8, 0), 770001L);
        shift(roster, "DRAFT", day, "白班", day.atTime(8, 0), day.atTime(20, 0), 770001L);
        shift(roster, "PUBLISHED", day, "白班", day.atTime(8, 0), day.atTime(20, 0), null);

        var mine = rosters.publishedShifts(new EmployeeId(770001), day, day);
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.templateName()).isEqualTo("夜班");
            assertThat(rosters.publishedShift(s.id())).contains(s);
        });
        Instant nextMorning = day.plusDays(1).atTime(7, 59).atZone(ZONE).toInstant();
        assertThat(rosters.publishedShiftsCovering(nextMorning)).extracting(DutyShift::templateName).containsExactly("夜班");
        assertThat(rosters.publishedShiftsCovering(new SiteId(990001), day.plusDays(1).atTime(8, 0).atZone(ZONE).toInstant()))
            .isEmpty();
        assertThat(rosters.publishedShiftsOn(new SiteId(990001), day)).hasSize(1);
    }

    private void shift(long roster, String state, LocalDate day, String template, java.time.LocalDateTime starts,
            java.time.LocalDateTime ends, Long employee) {
        jdbc.sql("INSERT INTO ros_shift (roster_id, state, service_day, site_id, post_id, post_name, template_id, "
                + "template_name, slot, starts_at, ends_at, employee_id) VALUES (:r, :state, :day, 990001, 880001, '大门岗', "
                + "1, :t, 0, :s, :e, :emp)")
            .param("r", roster).param("state", state).param("day", Date.valueOf(day)).param("t", template)
            .param("s", Timestamp.from(starts.atZone(ZONE).toInstant()))
            .param("e", Timestamp.from(ends.atZone(ZONE).toInstant()))
            .param("emp", employee)
            .update();
    }

}
