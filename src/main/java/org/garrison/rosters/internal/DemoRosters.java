package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.solver.RosterSolver;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: this month's roster for the demo sites, proposed by the solver (a few seconds) and
 * published, and one open swap request of the demo guard.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoRosters implements StartupData {

    private static final Logger log = LoggerFactory.getLogger(DemoRosters.class);

    private static final DataScope COMPANY = DataScope.company(0);

    private final RosterProblems problems;

    private final RosterDrafts drafts;

    private final RosterPublishing publishing;

    private final RosterRepository rosters;

    private final RosterShiftRepository shifts;

    private final SwapRequestRepository swaps;

    private final PeopleManagement people;

    private final IdentityManagement identity;

    private final Clock clock;

    DemoRosters(RosterProblems problems, RosterDrafts drafts, RosterPublishing publishing, RosterRepository rosters,
            RosterShiftRepository shifts, SwapRequestRepository swaps, PeopleManagement people,
            IdentityManagement identity, Clock clock) {
        this.problems = problems;
        this.drafts = drafts;
        this.publishing = publishing;
        this.rosters = rosters;
        this.shifts = shifts;
        this.swaps = swaps;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "rosters.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("people.demo", "contracts.demo", "organisation.demo", "identity.demo", "rosters.demo.leave");
    }

    /** Not one transaction: each service call has its own, so the many clearance reads do not pile up in one session. */
    @Override
    public void load() {
        if (rosters.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.withDayOfMonth(1);
        LocalDate last = today.withDayOfMonth(today.lengthOfMonth());
        var problem = problems.build(COMPANY, first, last);
        if (problem.places().isEmpty()) {
            return;
        }
        // a few seconds usually fill every place; on a busy machine the solver gets fewer steps, so it goes on from
        // where it stopped (at most four rounds) rather than leave the demo without a published roster
        var solver = new RosterSolver(Duration.ofSeconds(5));
        var solved = solver.solve(problem.plan());
        for (int round = 1; round < 4 && solved.score().mediumScore() < 0; round++) {
            solved = solver.solve(solved.plan());
        }
        long id = drafts.store(COMPANY, first, last, problem, solved, 0);
        try {
            publishing.publish(COMPANY, id, "演示数据", 0);
        }
        catch (DomainException ex) {
            log.info("The demo roster stays a draft: {}", ex.messageKey());
            return;
        }
        openSwap(today);
    }

    /** The demo guard (马超) asks to hand his next shift to a colleague of the same site who has no account. */
    private void openSwap(LocalDate today) {
        var staff = people.dutyCandidates(COMPANY);
        var demoGuard = identity.user("guard").map(CurrentUser::id).orElse(null);
        var guard = staff.stream()
            .filter(c -> c.user() != null && demoGuard != null && c.user().value() == demoGuard)
            .findFirst()
            .orElse(null);
        if (guard == null || swaps.count() > 0) {
            return;
        }
        shifts.findByEmployeeIdAndServiceDayBetween(guard.id().value(), today.plusDays(2), today.plusDays(20))
            .stream()
            .filter(s -> s.getState() == RosterShift.State.PUBLISHED)
            .findFirst()
            .ifPresent(shift -> staff.stream()
                .filter(c -> !c.id().equals(guard.id()) && c.user() == null && c.site() != null
                        && c.site().value() == shift.getSiteId())
                .findFirst()
                .ifPresent(partner -> swaps.save(new SwapRequest(shift.getId(), shift.getSiteId(), guard.id().value(),
                        partner.id().value(), "家中有事，与同事调班", guard.user().value(), clock.instant()))));
    }

}
