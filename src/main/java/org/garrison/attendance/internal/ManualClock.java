package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team leader clocks a guard in or out by hand (the phone is broken, the guard forgot) with a reason; the event is
 * marked MANUAL with who recorded it, audited, and the shift's attendance is worked out again at once.
 */
@Service
public class ManualClock {

    private final RosterManagement rosters;

    private final ClockEvents store;

    private final ShiftResults results;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ManualClock(RosterManagement rosters, ClockEvents store, ShiftResults results, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.rosters = rosters;
        this.store = store;
        this.results = results;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A published shift at a site of the user's scope.
     *
     * @throws NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public DutyShift shift(CurrentUser user, ShiftId shiftId) {
        return rosters.publishedShift(shiftId)
            .filter(s -> organisation.covers(user.scope(), s.site()))
            .orElseThrow(() -> new NotFoundException("entity.shift", shiftId.value()));
    }

    /**
     * Records the event.
     *
     * @throws NotFoundException when the shift is not published or its site is outside the user's scope
     * @throws DomainException when the reason is missing or too long, or the time is in the future or outside the
     *     shift's day
     */
    @Transactional
    public void record(CurrentUser user, ShiftId shiftId, ClockKind kind, Instant at, String reason) {
        DutyShift shift = shift(user, shiftId);
        String why = Texts.blankToNull(reason);
        if (why == null) {
            throw new DomainException("attendance.manual.reasonMissing");
        }
        if (why.length() > 500) {
            throw new DomainException("attendance.manual.reasonTooLong", 500);
        }
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw new DomainException("attendance.manual.future");
        }
        if (at.isBefore(shift.starts().minusSeconds(12 * 3600)) || at.isAfter(shift.ends().plusSeconds(12 * 3600))) {
            throw new DomainException("attendance.manual.outsideShift");
        }
        String id = "manual-" + UUID.randomUUID();
        store.insert(List.of(new ClockEvents.Row(id, shift.id().value(), shift.employee().value(), shift.site().value(),
                kind, at, now, "MANUAL", null, null, null, null, why, user.id())));
        events.publishEvent(AuditedChange.of("CREATE", "ClockEvent", id, shift.postName() + " " + shift.templateName(),
                null, Map.of("shift", shift.id().value(), "employee", shift.employee().value(), "kind", kind.name(),
                        "at", at.toString(), "reason", why)));
        results.settle(List.of(shift), now);
    }

}
