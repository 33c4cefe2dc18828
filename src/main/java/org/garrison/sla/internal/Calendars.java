package org.garrison.sla.internal;

import java.time.Duration;
import java.time.Instant;

import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaState;
import org.garrison.sla.SlaTarget;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the policy and calendar that govern an item, and shows a clock as a view. */
@Component
public class Calendars {

    private final SlaPolicyRepository policies;

    private final SlaCalendarRepository calendars;

    Calendars(SlaPolicyRepository policies, SlaCalendarRepository calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    /** The policy's terms for an item type and category; refused when no policy covers them. */
    public SlaTerms termsFor(String itemType, String category) {
        var policy = policies.findByItemTypeAndCategory(itemType, category)
            .orElseThrow(() -> new DomainException("sla.policy.missing", itemType, category));
        return policy.terms(calendarOf(policy.getCalendarId()));
    }

    /** The calendar a clock's policy counts on. */
    public BusinessCalendar calendarFor(SlaClock clock) {
        return calendarOf(policies.findById(clock.getPolicyId()).orElseThrow().getCalendarId());
    }

    /** The working-time rules of a calendar (its days read in a transaction of their own if none is running). */
    @Transactional(readOnly = true)
    public BusinessCalendar calendarOf(long calendarId) {
        return calendars.findById(calendarId).orElseThrow().toBusinessCalendar();
    }

    /** The clock as of {@code now}: remaining working time counts to the pause while held. */
    public SlaClockView view(SlaClock clock, Instant now) {
        var calendar = calendarFor(clock);
        var asOf = clock.getState() == SlaState.PAUSED && clock.getPausedAt() != null ? clock.getPausedAt() : now;
        var responseLeft = clock.getRespondedAt() != null ? Duration.ZERO
                : calendar.between(asOf, clock.getResponseDueAt());
        var resolutionLeft = clock.getResolvedAt() != null ? Duration.ZERO
                : calendar.between(asOf, clock.getResolutionDueAt());
        return new SlaClockView(clock.getItemType(), clock.getItemRef(), clock.getCategory(), SiteId.ofNullable(clock.getSiteId()),
                clock.getState(), clock.getStartedAt(), clock.getHeldTime(), clock.getResponseDueAt(),
                clock.getResolutionDueAt(), clock.getRespondedAt(), clock.getResolvedAt(), responseLeft,
                resolutionLeft, clock.isBreached(SlaTarget.RESPONSE, now), clock.isBreached(SlaTarget.RESOLUTION, now),
                clock.getEscalationLevel());
    }

}
