package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: the handover book of 福田支行 (S101) over the last three days as its guards kept it, shift by
 * shift of the published roster — each outgoing guard hands his post to the next shift's guard five minutes before his
 * shift ends and the incoming one acknowledges; every ninth handover is still unacknowledged, so the completeness
 * report has something to show. Handovers between the demo guard and team leader are the hand-written ones of
 * {@link DemoDutyBooks} and are left out here.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoRosterHandovers implements StartupData {

    private final HandoverRepository entries;

    private final RosterManagement rosters;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final IdentityManagement identity;

    private final Clock clock;

    DemoRosterHandovers(HandoverRepository entries, RosterManagement rosters, OrganisationManagement organisation,
            PeopleManagement people, IdentityManagement identity, Clock clock) {
        this.entries = entries;
        this.rosters = rosters;
        this.organisation = organisation;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "duty.demo.rosterHandovers";
    }

    @Override
    public Set<String> after() {
        return Set.of("duty.demo", "rosters.demo");
    }

    @Override
    @Transactional
    public void load() {
        var site = organisation.siteByCode("S101").orElse(null);
        if (site == null || entries.findByClientId("demo-roster-handover").isPresent()) {
            return;
        }
        var accounts = new HashSet<EmployeeId>();
        for (String username : new String[] { "guard", "leader" }) {
            identity.user(username).map(CurrentUser::userId).flatMap(people::employeeOfUser).ifPresent(accounts::add);
        }
        var names = new HashMap<EmployeeId, String>();
        people.dutyCandidates(DataScope.company(0)).forEach(c -> names.put(c.id(), c.name()));
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (LocalDate day = today.minusDays(3); day.isBefore(today); day = day.plusDays(1)) {
            var shifts = new ArrayList<DutyShift>(rosters.publishedShiftsOn(site, day));
            shifts.addAll(rosters.publishedShiftsOn(site, day.plusDays(1)));
            for (DutyShift out : shifts) {
                if (!out.day().equals(day) || accounts.contains(out.employee())) {
                    continue;
                }
                var next = shifts.stream()
                    .filter(in -> in.post().equals(out.post()) && in.starts().equals(out.ends())
                            && !in.employee().equals(out.employee()) && !accounts.contains(in.employee()))
                    .findFirst();
                if (next.isEmpty() || !out.ends().isBefore(clock.instant())) {
                    continue;
                }
                var in = next.get();
                var handedAt = out.ends().minus(Duration.ofMinutes(5));
                var entry = new HandoverEntry(n == 0 ? "demo-roster-handover" : "demo-roster-handover-" + n, site.value(),
                        out.post().value(), out.employee().value(), names.getOrDefault(out.employee(), ""),
                        in.employee().value(), names.getOrDefault(in.employee(), ""), handedAt, handedAt, EnumSet.allOf(HandoverItem.class), null, null);
                entry.passBetween(out.id().value(), in.id().value());
                if (n % 9 != 4) {
                    entry.acknowledge(in.employee().value(), out.ends().plus(Duration.ofMinutes(3)));
                }
                entries.save(entry);
                n++;
            }
        }
    }

}
