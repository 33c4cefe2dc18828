package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.solver.SlotChecks;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guard's swap (调班) and leave (请假) requests and the team leader's decision. An approved swap puts the other
 * guard on the shift, an approved leave opens the guard's published shifts in those days; both audited, the team
 * leaders of the site told of a new request and the guard of the decision.
 */
@Service
@Transactional
public class GuardRequests {

    private final SwapRequestRepository swaps;

    private final LeaveRequestRepository leaves;

    private final RosterShiftRepository shifts;

    private final ShiftChecks checks;

    private final PeopleManagement people;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    GuardRequests(SwapRequestRepository swaps, LeaveRequestRepository leaves, RosterShiftRepository shifts,
            ShiftChecks checks, PeopleManagement people, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.swaps = swaps;
        this.leaves = leaves;
        this.shifts = shifts;
        this.checks = checks;
        this.people = people;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The employee record of the signed-in guard. */
    public EmployeeId me(CurrentUser user) {
        return people.employeeOfUser(new UserId(user.id())).orElseThrow(() -> new DomainException("rosters.my.noEmployee"));
    }

    /** The employee record of the signed-in user, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<EmployeeId> employeeOf(CurrentUser user) {
        return people.employeeOfUser(new UserId(user.id()));
    }

    /** Guards a shift may be swapped to: the staff of the shift's branch (without the asking guard). */
    @Transactional(readOnly = true)
    public List<DutyCandidate> swapPartners(long siteId, EmployeeId me) {
        return organisation.branchOf(new SiteId(siteId))
            .map(b -> people.dutyCandidates(new DataScope(ScopeLevel.BRANCH, b.value(), 0)))
            .orElse(List.of())
            .stream()
            .filter(c -> !c.id().equals(me))
            .toList();
    }

    /**
     * A guard asks to hand one of their published, future shifts to another guard.
     *
     * @throws DomainException {@code rosters.swap.notCleared} when the other guard may not take it
     */
    public SwapRequest askSwap(CurrentUser user, long shiftId, EmployeeId to, String reason) {
        var me = me(user);
        var shift = shifts.findById(shiftId)
            .filter(s -> s.getState() == RosterShift.State.PUBLISHED && Long.valueOf(me.value()).equals(s.getEmployeeId()))
            .orElseThrow(() -> new NotFoundException("entity.rosterShift", shiftId));
        if (shift.getStartsAt().isBefore(clock.instant())) {
            throw new DomainException("rosters.swap.past");
        }
        if (swaps.existsByShiftIdAndState(shiftId, RequestState.OPEN)) {
            throw new DomainException("rosters.swap.alreadyAsked");
        }
        var partner = swapPartners(shift.getSiteId(), me).stream()
            .filter(c -> c.id().equals(to))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.employee", to.value()));
        refuseUnfit(shift, partner);
        var request = swaps.save(new SwapRequest(shiftId, shift.getSiteId(), me.value(), to.value(), reason, user.id(),
                clock.instant()));
        events.publishEvent(AuditedChange.of("create", "ros_swap_request", request.getId(), shift.place().postName(), null,
                Map.of("shift", shiftId, "to", to.value(), "reason", request.getReason())));
        tellLeaders(shift.getSiteId(), "rosters.notify.swapAsked", partner.name());
        return request;
    }

    /** A guard asks for days off. */
    public LeaveRequest askLeave(CurrentUser user, LocalDate first, LocalDate last, String reason) {
        var me = me(user);
        var site = people.dutyCandidates(DataScope.company(0)).stream()
            .filter(c -> c.id().equals(me)).findFirst().map(DutyCandidate::site).orElse(null);
        var request = leaves.save(new LeaveRequest(me.value(), site == null ? null : site.value(), first, last, reason,
                user.id(), clock.instant(), LocalDate.now(clock)));
        events.publishEvent(AuditedChange.of("create", "ros_leave_request", request.getId(), first + " – " + last, null,
                Map.of("reason", request.getReason())));
        if (site != null) {
            tellLeaders(site.value(), "rosters.notify.leaveAsked", first.toString());
        }
        return request;
    }

    /**
     * The team leader decides a swap; approving checks the other guard again and puts them on the shift.
     *
     * @throws NotFoundException when the request's site is outside the scope
     */
    public void decideSwap(DataScope scope, long id, boolean approve, @Nullable String note, long by) {
        var request = swaps.findById(id)
            .filter(r -> organisation.covers(scope, new SiteId(r.getSiteId())))
            .orElseThrow(() -> new NotFoundException("entity.swapRequest", id));
        var shift = shifts.findById(request.getShiftId()).orElseThrow();
        if (approve) {
            var partner = swapPartners(shift.getSiteId(), new EmployeeId(request.getFromEmployee())).stream()
                .filter(c -> c.id().value() == request.getToEmployee())
                .findFirst()
                .orElseThrow(() -> new DomainException("rosters.swap.notCleared"));
            refuseUnfit(shift, partner);
            if (shift.getState() != RosterShift.State.PUBLISHED
                    || !Long.valueOf(request.getFromEmployee()).equals(shift.getEmployeeId())) {
                throw new DomainException("rosters.swap.shiftChanged");
            }
            shift.assign(request.getToEmployee());
        }
        request.decide(approve, by, clock.instant(), note);
        events.publishEvent(AuditedChange.of(approve ? "approve" : "refuse", "ros_swap_request", id,
                shift.place().postName(), Map.of("employee", request.getFromEmployee()),
                Map.of("employee", approve ? request.getToEmployee() : request.getFromEmployee())));
        tellGuards(Set.of(request.getFromEmployee(), request.getToEmployee()),
                approve ? "rosters.notify.swapApproved" : "rosters.notify.swapRefused");
    }

    /** The team leader decides a leave; approving opens the guard's published shifts in those days. */
    public void decideLeave(DataScope scope, long id, boolean approve, @Nullable String note, long by) {
        var request = leaves.findById(id)
            .filter(r -> r.getSiteId() == null ? scope.isCompanyWide() : organisation.covers(scope, new SiteId(r.getSiteId())))
            .orElseThrow(() -> new NotFoundException("entity.leaveRequest", id));
        request.decide(approve, by, clock.instant(), note);
        int opened = 0;
        if (approve) {
            for (var shift : shifts.findByEmployeeIdAndServiceDayBetween(request.getEmployeeId(), request.getFirstDay(),
                    request.getLastDay())) {
                if (shift.getState() == RosterShift.State.PUBLISHED) {
                    shift.assign(null);
                    opened++;
                }
            }
            if (opened > 0 && request.getSiteId() != null) {
                tellLeaders(request.getSiteId(), "rosters.notify.leaveOpened", String.valueOf(opened));
            }
        }
        events.publishEvent(AuditedChange.of(approve ? "approve" : "refuse", "ros_leave_request", id,
                request.getFirstDay() + " – " + request.getLastDay(), Map.of("state", "OPEN"),
                Map.of("state", request.getState().name(), "openedShifts", opened)));
        tellGuards(Set.of(request.getEmployeeId()), approve ? "rosters.notify.leaveApproved" : "rosters.notify.leaveRefused");
    }

    private void refuseUnfit(RosterShift shift, DutyCandidate partner) {
        var problems = checks.check(shift, partner);
        if (problems.stream().anyMatch(p -> p.kind() == SlotChecks.Kind.BLOCKED)) {
            throw new DomainException("rosters.swap.notCleared", partner.name());
        }
        if (problems.stream().anyMatch(p -> !p.kind().warningOnly())) {
            throw new DomainException("rosters.swap.partnerBusy", partner.name());
        }
    }

    private void tellLeaders(long siteId, String subjectKey, String arg) {
        events.publishEvent(new NotificationRequested("rosters.request", Set.of(), Set.of(BuiltInRole.TEAM_LEADER.name()),
                new SiteId(siteId), subjectKey, List.of(arg), "/rosters/requests", false, clock.instant()));
    }

    private void tellGuards(Set<Long> employees, String subjectKey) {
        var users = people.dutyCandidates(DataScope.company(0)).stream()
            .filter(c -> employees.contains(c.id().value()) && c.user() != null)
            .map(DutyCandidate::user)
            .collect(java.util.stream.Collectors.<UserId>toSet());
        if (!users.isEmpty()) {
            events.publishEvent(new NotificationRequested("rosters.request", users, Set.of(), null, subjectKey, List.of(),
                    "/rosters/my", false, clock.instant()));
        }
    }

}
