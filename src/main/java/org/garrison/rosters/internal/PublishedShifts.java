package org.garrison.rosters.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published, staffed shifts as other modules read them, straight from SQL. */
@Component
public class PublishedShifts {

    private static final String SELECT = "SELECT id, service_day, site_id, post_id, post_name, employee_id, template_name, "
            + "starts_at, ends_at, (SELECT t.break_minutes FROM ros_shift_template t WHERE t.id = ros_shift.template_id) "
            + "AS break_minutes FROM ros_shift WHERE state = 'PUBLISHED' AND employee_id IS NOT NULL ";

    private static final String ORDER = " ORDER BY starts_at, site_id, post_name, slot";

    private final JdbcClient jdbc;

    PublishedShifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DutyShift> ofEmployee(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + "AND employee_id = :employee AND service_day BETWEEN :from AND :to" + ORDER)
            .param("employee", employeeId)
            .param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to))
            .query(PublishedShifts::row)
            .list();
    }

    /** Shifts running at an instant; a shift starts at most a day and a half before it ends, so the day bounds it. */
    public List<DutyShift> covering(Instant at, LocalDate dayFrom, LocalDate dayTo) {
        return jdbc.sql(SELECT + "AND service_day BETWEEN :from AND :to AND starts_at <= :at AND ends_at > :at" + ORDER)
            .param("from", Date.valueOf(dayFrom))
            .param("to", Date.valueOf(dayTo))
            .param("at", Timestamp.from(at))
            .query(PublishedShifts::row)
            .list();
    }

    public List<DutyShift> starting(Instant from, Instant to, LocalDate dayFrom, LocalDate dayTo) {
        return jdbc.sql(SELECT + "AND service_day BETWEEN :dayFrom AND :dayTo AND starts_at >= :from AND starts_at < :to"
                + ORDER)
            .param("dayFrom", Date.valueOf(dayFrom))
            .param("dayTo", Date.valueOf(dayTo))
            .param("from", Timestamp.from(from))
            .param("to", Timestamp.from(to))
            .query(PublishedShifts::row)
            .list();
    }

    /** The published shifts of the service days {@code from..to} at the sites a SQL condition on {@code site_id} keeps. */
    public List<DutyShift> inSites(String siteCondition, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + "AND service_day BETWEEN :from AND :to AND " + siteCondition + ORDER)
            .param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to))
            .query(PublishedShifts::row)
            .list();
    }

    public List<DutyShift> ofSiteOn(long siteId, LocalDate day) {
        return jdbc.sql(SELECT + "AND site_id = :site AND service_day = :day" + ORDER)
            .param("site", siteId)
            .param("day", Date.valueOf(day))
            .query(PublishedShifts::row)
            .list();
    }

    public Optional<DutyShift> byId(long id) {
        return jdbc.sql(SELECT + "AND id = :id").param("id", id).query(PublishedShifts::row).optional();
    }

    public List<DutyShift> byIds(List<Long> ids) {
        return jdbc.sql(SELECT + "AND id IN (:ids)" + ORDER).param("ids", ids).query(PublishedShifts::row).list();
    }

    private static DutyShift row(ResultSet rs, int n) throws SQLException {
        return new DutyShift(new ShiftId(rs.getLong("id")), rs.getDate("service_day").toLocalDate(),
                new SiteId(rs.getLong("site_id")), new PostId(rs.getLong("post_id")), rs.getString("post_name"),
                new EmployeeId(rs.getLong("employee_id")), rs.getString("template_name"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("break_minutes"));
    }

}
