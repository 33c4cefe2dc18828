package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.rosters.internal.solver.RosterSolver;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: this month's roster for the demo sites, proposed by the solver (a few seconds) and
 * published ({@link DemoSwap} then opens a swap request on it).
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

    private final Clock clock;

    DemoRosters(RosterProblems problems, RosterDrafts drafts, RosterPublishing publishing, RosterRepository rosters,
            Clock clock) {
        this.problems = problems;
        this.drafts = drafts;
        this.publishing = publishing;
        this.rosters = rosters;
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
        }
    }

}
