package org.garrison.rosters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.internal.PublishedShifts;
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

    private final Clock clock;

    RosterManagement(PublishedShifts shifts, Clock clock) {
        this.shifts = shifts;
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

    /** The published shifts of a site on a service day, in time order. */
    public List<DutyShift> publishedShiftsOn(SiteId site, LocalDate day) {
        return shifts.ofSiteOn(site.value(), day);
    }

}
