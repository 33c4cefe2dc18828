package org.garrison.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.sla.internal.Calendars;
import org.garrison.sla.internal.ClockBatch;
import org.garrison.sla.internal.SlaCalendarRepository;
import org.garrison.sla.internal.SlaClock;
import org.garrison.sla.internal.SlaClockRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of SLA clocks. An item (e.g. a work order {@code WORK_ORDER}/{@code WO-20261121-001})
 * gets a clock when it is registered; its module reports response, resolution, holds and category
 * changes. Warnings and breaches are fired by the sweep as {@link SlaWarningDue} and {@link SlaBreached}
 * events plus notifications. Every method refuses an unknown item with {@link NotFoundException} and an
 * illegal move (e.g. pausing a resolved clock) with {@link DomainException}.
 */
@Service
@Transactional
public class SlaManagement {

    /** The calendar whose holidays are the country's public holidays. */
    static final String PUBLIC_HOLIDAY_CALENDAR = "OFFICE";

    private final SlaClockRepository clocks;

    private final Calendars calendars;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final SlaCalendarRepository calendarsStored;

    private final ClockBatch batch;

    SlaManagement(SlaClockRepository clocks, Calendars calendars, ApplicationEventPublisher events, Clock clock,
            SlaCalendarRepository calendarsStored, ClockBatch batch) {
        this.clocks = clocks;
        this.batch = batch;
        this.calendarsStored = calendarsStored;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the clock of an item under the policy of its type and category.
     *
     * @param siteId the site the item belongs to, if any (decides who is told and who may see the clock)
     * @throws DomainException when no policy covers the type and category, or the item has a clock already
     */
    public SlaClockView start(String itemType, String itemRef, String category, Instant startedAt,
            @Nullable SiteId siteId) {
        if (clocks.existsByItemTypeAndItemRef(itemType, itemRef)) {
            throw new DomainException("sla.clock.exists", itemType, itemRef);
        }
        var started = clocks.save(new SlaClock(itemType, itemRef, category, siteId == null ? null : siteId.value(), startedAt,
                calendars.termsFor(itemType, category)));
        audit("START", started);
        return calendars.view(started, clock.instant());
    }

    /**
     * Starts the clocks of many items of one type at once, each under the policy of its category, with the deadlines
     * {@link #start} would give; stored in one statement, audited as one entry naming the count and the first and last
     * item. Nothing is stored when one is refused (the caller's transaction rolls back).
     *
     * @return the deadlines, in the order of the starts
     * @throws DomainException when no policy covers the type and a category, or an item has a clock already
     */
    public List<ClockStart.Deadlines> startAll(String itemType, List<ClockStart> starts) {
        if (starts.isEmpty()) {
            return List.of();
        }
        var started = batch.start(itemType, starts);
        String first = starts.get(0).itemRef();
        String last = starts.get(starts.size() - 1).itemRef();
        events.publishEvent(AuditedChange.of("START", "SlaClock", itemType + "/" + first,
                itemType + "/" + first + " … " + last + " (" + starts.size() + ")", null,
                Map.of("count", starts.size(), "first", first, "last", last)));
        return started.stream()
            .map(c -> new ClockStart.Deadlines(c.getItemRef(), c.getResponseDueAt(), c.getResolutionDueAt()))
            .toList();
    }

    /** Records the first response (later calls keep the first one). */
    public SlaClockView responded(String itemType, String itemRef, Instant at) {
        return change(itemType, itemRef, "RESPOND", c -> c.respond(at));
    }

    /** Stops the clock for good. */
    public SlaClockView resolved(String itemType, String itemRef, Instant at) {
        return change(itemType, itemRef, "RESOLVE", c -> c.resolve(at, calendars.calendarFor(c)));
    }

    /** Holds the clock, e.g. while waiting for the client; nothing fires while held. */
    public SlaClockView pause(String itemType, String itemRef, Instant at) {
        return change(itemType, itemRef, "PAUSE", c -> c.pause(at));
    }

    /** Restarts a held clock; open deadlines move back by the working time held. */
    public SlaClockView resume(String itemType, String itemRef, Instant at) {
        return change(itemType, itemRef, "RESUME", c -> c.resume(at, calendars.calendarFor(c)));
    }

    /** Moves the item to another category (priority); deadlines are recomputed from the start. */
    public SlaClockView reprioritise(String itemType, String itemRef, String newCategory) {
        return change(itemType, itemRef, "REPRIORITISE",
                c -> c.reprioritise(newCategory, calendars.termsFor(itemType, newCategory)));
    }

    /** The item's clock as of now: deadlines, remaining working time, state and breaches. */
    @Transactional(readOnly = true)
    public Optional<SlaClockView> clockOf(String itemType, String itemRef) {
        return clocks.findByItemTypeAndItemRef(itemType, itemRef).map(c -> calendars.view(c, clock.instant()));
    }

    /**
     * The public holidays (放假 days of the office-hours calendar, {@code OFFICE}, as kept on the calendar screen) from
     * {@code from} to {@code to}, both included; empty when that calendar is gone.
     */
    @Transactional(readOnly = true)
    public Set<LocalDate> publicHolidays(LocalDate from, LocalDate to) {
        var holidays = new TreeSet<LocalDate>();
        calendarsStored.findByCode(PUBLIC_HOLIDAY_CALENDAR).ifPresent(calendar -> {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                calendar.daysOf(year)
                    .stream()
                    .filter(day -> !day.working() && !day.date().isBefore(from) && !day.date().isAfter(to))
                    .forEach(day -> holidays.add(day.date()));
            }
        });
        return holidays;
    }

    private SlaClockView change(String itemType, String itemRef, String action, Consumer<SlaClock> move) {
        var found = clocks.findByItemTypeAndItemRef(itemType, itemRef)
            .orElseThrow(() -> new NotFoundException("sla.clock", itemType + "/" + itemRef));
        move.accept(found);
        audit(action, found);
        return calendars.view(found, clock.instant());
    }

    private void audit(String action, SlaClock changed) {
        events.publishEvent(AuditedChange.of(action, "SlaClock", changed.getId(),
                changed.getItemType() + "/" + changed.getItemRef(), null,
                Map.of("category", changed.getCategory(), "state", changed.getState().name())));
    }

}
