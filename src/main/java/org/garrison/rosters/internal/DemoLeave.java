package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.solver.Preferences;
import org.garrison.shared.DataScope;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once, before the demo roster is made: a guard of 福田支行 (S101) without an account has two days'
 * leave (请假, 探亲) this month, approved by the team leader, so the roster leaves him off those days and the monthly
 * attendance shows them; and the demo guard (马超) would rather not work nights and would like Sundays off, which the
 * roster keeps to where it can.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoLeave implements StartupData {

    private final LeaveRequestRepository leaves;

    private final PeopleManagement people;

    private final IdentityManagement identity;

    private final GuardPreferences preferences;

    private final Clock clock;

    DemoLeave(LeaveRequestRepository leaves, PeopleManagement people, IdentityManagement identity,
            GuardPreferences preferences, Clock clock) {
        this.leaves = leaves;
        this.people = people;
        this.identity = identity;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "rosters.demo.leave";
    }

    @Override
    public Set<String> after() {
        return Set.of("people.demo", "identity.demo", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (leaves.count() > 0) {
            return;
        }
        var leader = identity.user("leader").orElse(null);
        var guard = people.dutyCandidates(DataScope.company(0))
            .stream()
            .filter(c -> c.user() == null && c.site() != null)
            .skip(3)
            .findFirst()
            .orElse(null);
        if (leader == null || guard == null || guard.site() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.getDayOfMonth() > 4 ? today.minusDays(4) : today.plusDays(2);
        var leave = new LeaveRequest(guard.id().value(), guard.site().value(), first, first.plusDays(1), "回老家探亲",
                leader.id(), clock.instant(), first);
        leave.decide(true, leader.id(), clock.instant(), "同意，注意安全");
        leaves.save(leave);
        identity.user("guard")
            .ifPresent(demoGuard -> preferences.state(demoGuard, new Preferences(true, Set.of(DayOfWeek.SUNDAY))));
    }

}
