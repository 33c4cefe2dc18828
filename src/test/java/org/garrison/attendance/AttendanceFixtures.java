package org.garrison.attendance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for attendance straight through SQL: a branch, clients and their sites, employees (with or without a
 * guard licence) and published shifts. Rosters has no service to publish shifts yet, so shifts are inserted as its
 * own module test does.
 */
public final class AttendanceFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private int counter;

    public AttendanceFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private String next() {
        return tag + (++counter);
    }

    public long branch() {
        String code = "ZB" + next();
        jdbc.sql("INSERT INTO org_branch (company_id, code, name) SELECT MIN(id), :code, :name FROM org_company")
            .param("code", code).param("name", "考勤测试大队" + code).update();
        return jdbc.sql("SELECT id FROM org_branch WHERE code = ?").param(code).query(Long.class).single();
    }

    public long client(String name) {
        String unique = name + next();
        jdbc.sql("INSERT INTO org_client (name, status) VALUES (?, 'ACTIVE')").param(unique).update();
        return jdbc.sql("SELECT id FROM org_client WHERE name = ?").param(unique).query(Long.class).single();
    }

    public SiteId site(long branch, @Nullable Long client, String name) {
        String code = "ZS" + next();
        jdbc.sql("INSERT INTO org_site (branch_id, client_id, code, name) VALUES (?, ?, ?, ?)")
            .params(branch, client, code, name)
            .update();
        return new SiteId(jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single());
    }

    /** An employee of the branch, linked to a user account if given, with a valid guard licence if asked. */
    public EmployeeId employee(long branch, String name, @Nullable Long userId, boolean licensed) {
        String resident = ("9" + Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 18);
        jdbc.sql("INSERT INTO ppl_employee (full_name, resident_id, phone, branch_id, status, hired_on, user_id, version) "
                + "VALUES (?, ?, '13800000000', ?, 'ACTIVE', ?, ?, 0)")
            .params(name, resident, branch, Date.valueOf(LocalDate.of(2025, 1, 1)), userId)
            .update();
        long id = jdbc.sql("SELECT id FROM ppl_employee WHERE resident_id = ?").param(resident).query(Long.class).single();
        if (licensed) {
            jdbc.sql("INSERT INTO ppl_certificate (employee_id, kind, cert_number, issued_on, required, lapsed, version) "
                    + "VALUES (?, 'GUARD_LICENCE', ?, ?, TRUE, FALSE, 0)")
                .params(id, "BA" + next(), Date.valueOf(LocalDate.of(2025, 1, 1)))
                .update();
        }
        return new EmployeeId(id);
    }

    /** A published shift of the employee at the site's post 大门岗. */
    public ShiftId shift(SiteId site, EmployeeId employee, Instant starts, Instant ends) {
        LocalDate day = LocalDate.ofInstant(starts, ZONE);
        jdbc.sql("INSERT INTO ros_roster (scope_level, scope_ref, first_day, last_day, state, created_by, created_at) "
                + "VALUES ('SITE', :site, :d, :d, 'PUBLISHED', 1, :now)")
            .param("site", site.value()).param("d", Date.valueOf(day)).param("now", Timestamp.from(Instant.now()))
            .update();
        long roster = jdbc.sql("SELECT MAX(id) FROM ros_roster").query(Long.class).single();
        jdbc.sql("INSERT INTO ros_shift (roster_id, state, service_day, site_id, post_id, post_name, template_id, "
                + "template_name, slot, starts_at, ends_at, employee_id) VALUES (:r, 'PUBLISHED', :day, :site, 880001, "
                + "'大门岗', 1, '白班', 0, :s, :e, :emp)")
            .param("r", roster).param("day", Date.valueOf(day)).param("site", site.value())
            .param("s", Timestamp.from(starts)).param("e", Timestamp.from(ends)).param("emp", employee.value())
            .update();
        return new ShiftId(jdbc.sql("SELECT MAX(id) FROM ros_shift").query(Long.class).single());
    }

}
