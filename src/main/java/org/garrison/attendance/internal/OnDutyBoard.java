package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.attendance.OnDutyRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyCard;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on duty now, per site and post: the published shifts running now in the scope, each with whether its guard
 * has clocked in (and not out since), the guard's name and whether his licence is valid today. Four queries whatever
 * the size of the company.
 */
@Component
public class OnDutyBoard {

    private final RosterManagement rosters;

    private final ClockEvents events;

    private final PeopleManagement people;

    private final OrganisationManagement organisation;

    private final Clock clock;

    OnDutyBoard(RosterManagement rosters, ClockEvents events, PeopleManagement people,
            OrganisationManagement organisation, Clock clock) {
        this.rosters = rosters;
        this.events = events;
        this.people = people;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The rows of the scope's sites (or of one of them), by site and post. */
    @Transactional(readOnly = true)
    public List<OnDutyRow> now(DataScope scope, @Nullable SiteId site) {
        Instant now = clock.instant();
        Set<Long> allowed = scope.isCompanyWide() ? null
                : organisation.siteChoices(scope).stream().map(s -> s.id().value()).collect(Collectors.toSet());
        List<DutyShift> shifts = (site == null ? rosters.publishedShiftsCovering(now)
                : rosters.publishedShiftsCovering(site, now))
            .stream()
            .filter(s -> allowed == null || allowed.contains(s.site().value()))
            .toList();
        if (shifts.isEmpty()) {
            return List.of();
        }
        var punches = events.punches(shifts.stream().map(s -> s.id().value()).toList());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        var cards = people.dutyCards(shifts.stream().map(DutyShift::employee).collect(Collectors.toSet()), today);
        var siteNames = organisation.siteNames(shifts.stream().map(DutyShift::site).collect(Collectors.toSet()));
        return shifts.stream().map(s -> {
            var p = punches.get(s.id().value());
            boolean in = p != null && p.clockIn() != null && (p.clockOut() == null || p.clockOut().isBefore(p.clockIn()));
            DutyCard card = cards.get(s.employee());
            return new OnDutyRow(s.site(), siteNames.getOrDefault(s.site(), ""), s.post(), s.postName(), s.id(),
                    s.templateName(), s.starts(), s.ends(), s.employee(), card == null ? "" : card.fullName(),
                    card != null && card.licenceValid(), in, in ? p.clockIn() : null);
        })
            .sorted(Comparator.comparing(OnDutyRow::siteName).thenComparing(OnDutyRow::postName)
                .thenComparing(OnDutyRow::guardName))
            .toList();
    }

}
