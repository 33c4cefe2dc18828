package org.garrison.rosters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.internal.LeaveDays;
import org.garrison.rosters.internal.PublishedShifts;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (attendance, handover, appraisal) ask of rosters: the published shifts of a guard, of a site
 * on a day, and those running at an instant. Only published shifts with a guard count; drafts and uncovered places
 * never show here. Days are service days in the business zone: a night shift belongs to the day it starts.
 */
@Service
@Transactional(readOnly = true)
public class RosterManagement {

    private final PublishedShifts shifts;

    private final LeaveDays leave;

    private final OrganisationManagement organisation;

    private final Clock clock;

    RosterManagement(PublishedShifts shifts, LeaveDays leave, OrganisationManagement organisation, Clock clock) {
        this.shifts = shifts;
        this.leave = leave;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A guard's published shifts on the service days {@code from..to} (both included), in time order. */
    public List<DutyShift> publishedShifts(EmployeeId employee, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("rosters.period.invalid");
        }
        return shifts.ofEmployee(employee.value(), from, to);
    }

    /** Every published shift whose {@code [starts, ends)} contains the instant, company-wide. */
    public List<DutyShift> publishedShiftsCovering(Instant at) {
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        return shifts.covering(at, day.minusDays(1), day);
    }

    /** The published shifts of one site whose {@code [starts, ends)} contains the instant. */
    public List<DutyShift> publishedShiftsCovering(SiteId site, Instant at) {
        return publishedShiftsCovering(at).stream().filter(s -> s.site().equals(site)).toList();
    }

    /**
     * Every published shift starting in {@code [from, to)}, company-wide, in time order (attendance sweeps the shifts
     * that started lately to find absences and settle results).
     */
    public List<DutyShift> publishedShiftsStarting(Instant from, Instant to) {
        LocalDate first = from.atZone(clock.getZone()).toLocalDate();
        LocalDate last = to.atZone(clock.getZone()).toLocalDate();
        return shifts.starting(from, to, first, last);
    }

    /** One published, staffed shift; empty when there is none (or it is a draft or uncovered). */
    public Optional<DutyShift> publishedShift(ShiftId id) {
        return shifts.byId(id.value());
    }

    /** The published, staffed shifts among these ids (drafts, uncovered places and unknown ids are left out). */
    public List<DutyShift> publishedShifts(Collection<ShiftId> ids) {
        return ids.isEmpty() ? List.of() : shifts.byIds(ids.stream().map(ShiftId::value).distinct().toList());
    }

    /**
     * The published shifts at the sites a scope covers on the service days {@code from..to} (at most 366 days), in
     * time order: for reports over a period, such as handover completeness.
     */
    public List<DutyShift> publishedShiftsIn(DataScope scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new DomainException("rosters.period.invalid");
        }
        return shifts.inSites(organisation.siteFilter(scope).sql("site_id"), from, to);
    }

    /** The published shifts of a site on a service day, in time order. */
    public List<DutyShift> publishedShiftsOn(SiteId site, LocalDate day) {
        return shifts.ofSiteOn(site.value(), day);
    }

    /**
     * Days of approved leave (请假) on {@code from..to} (both included) of each employee who asked for it at a site the
     * scope covers; employees without leave are left out. An approved leave opens the guard's shifts, so these days
     * are in no shift's attendance.
     */
    public Map<EmployeeId, Integer> approvedLeaveDays(DataScope scope, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("rosters.period.invalid");
        }
        return leave.of(scope, from, to);
    }

    /** Days of approved leave of one employee on {@code from..to} (both included). */
    public int approvedLeaveDays(EmployeeId employee, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException("rosters.period.invalid");
        }
        return leave.of(employee, from, to);
    }

}
