package org.garrison.duty.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a handover entry takes from other modules: the visitors still on site (site operations) and the shifts it
 * passes between (rosters) — the outgoing guard's published shift at the site ending nearest the handover and the
 * incoming guard's starting nearest it, each within {@link #WINDOW} of it.
 */
@Component
class HandoverSurroundings {

    /** How far from the handover a shift's end (outgoing) or start (incoming) may be to count as the one handed over. */
    static final Duration WINDOW = Duration.ofHours(3);

    private final SiteOpsManagement siteops;

    private final RosterManagement rosters;

    HandoverSurroundings(SiteOpsManagement siteops, RosterManagement rosters) {
        this.siteops = siteops;
        this.rosters = rosters;
    }

    /** The visitors on site as lines of name · purpose. */
    List<String> visitorLines(DataScope scope, SiteId site) {
        return siteops.visitorsOnSite(scope, site).stream().map(v -> v.name() + " · " + v.purpose()).toList();
    }

    /** The visitors on site as the entry stores them, one per line; null for none. */
    @Nullable String visitors(DataScope scope, SiteId site) {
        var names = visitorLines(scope, site);
        return names.isEmpty() ? null : String.join("\n", names);
    }

    /** The outgoing guard's shift at the site that ends nearest the handover, if the roster has one. */
    @Nullable Long shiftEnding(EmployeeId guard, SiteId site, Instant handedAt, LocalDate day) {
        return nearest(guard, site, handedAt, day, DutyShift::ends).orElse(null);
    }

    /** The incoming guard's shift at the site that starts nearest the handover, if the roster has one. */
    @Nullable Long shiftStarting(EmployeeId guard, SiteId site, Instant handedAt, LocalDate day) {
        return nearest(guard, site, handedAt, day, DutyShift::starts).orElse(null);
    }

    static Optional<Long> nearest(List<DutyShift> shifts, SiteId site, Instant at, Function<DutyShift, Instant> edge) {
        return shifts.stream()
            .filter(s -> s.site().equals(site))
            .filter(s -> Duration.between(edge.apply(s), at).abs().compareTo(WINDOW) <= 0)
            .min(Comparator.comparing(s -> Duration.between(edge.apply(s), at).abs()))
            .map(s -> s.id().value());
    }

    private Optional<Long> nearest(EmployeeId guard, SiteId site, Instant at, LocalDate day,
            Function<DutyShift, Instant> edge) {
        return nearest(rosters.publishedShifts(guard, day.minusDays(1), day.plusDays(1)), site, at, edge);
    }

}
