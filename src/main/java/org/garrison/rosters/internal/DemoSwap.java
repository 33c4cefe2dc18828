package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode only, once: one open swap request of the demo guard on the published demo roster. */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoSwap implements StartupData {

    private final RosterShiftRepository shifts;

    private final SwapRequestRepository swaps;

    private final PeopleManagement people;

    private final IdentityManagement identity;

    private final Clock clock;

    DemoSwap(RosterShiftRepository shifts, SwapRequestRepository swaps, PeopleManagement people,
            IdentityManagement identity, Clock clock) {
        this.shifts = shifts;
        this.swaps = swaps;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "rosters.demo.swap";
    }

    @Override
    public Set<String> after() {
        return Set.of("rosters.demo");
    }

    @Override
    @Transactional
    public void load() {
        openSwap(LocalDate.now(clock));
    }

    /** The demo guard (马超) asks to hand his next shift to a colleague of the same site who has no account. */
    private void openSwap(LocalDate today) {
        var staff = people.dutyCandidates(DataScope.company(0));
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
