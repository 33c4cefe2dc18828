package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.garrison.sla.SlaManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the tasks of plans for a day: one per slot the plan's recurrence gives, skipping the ones made already (the
 * table's unique key also keeps two nodes from making one twice). Holidays are the public holidays of the SLA office
 * calendar.
 */
@Component
class TaskMaker {

    /** A meeting room is cleaned this long before a meeting starts. */
    static final Duration BEFORE_MEETING = Duration.ofMinutes(30);

    /** … and within this long after it ends. */
    static final Duration AFTER_MEETING = Duration.ofMinutes(30);

    private final ServicePlanRepository plans;

    private final ServiceTaskRepository tasks;

    private final SlaManagement sla;

    private final Clock clock;

    TaskMaker(ServicePlanRepository plans, ServiceTaskRepository tasks, SlaManagement sla, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.sla = sla;
        this.clock = clock;
    }

    /** Makes every running plan's tasks for the day; returns how many were made. */
    @Transactional
    int makeFor(LocalDate day) {
        var holidays = sla.publicHolidays(day.minusDays(15), day);
        var made = made(day);
        int count = 0;
        for (var plan : plans.findByActiveTrue()) {
            count += makeFor(plan, day, holidays, made);
        }
        return count;
    }

    /** Makes one plan's tasks for the day. */
    int makeFor(ServicePlan plan, LocalDate day, Set<LocalDate> holidays) {
        return makeFor(plan, day, holidays, keys(tasks.findByPlanIdAndDueDay(plan.getId(), day)));
    }

    private int makeFor(ServicePlan plan, LocalDate day, Set<LocalDate> holidays, Set<String> made) {
        if (!plan.runsOn(day)) {
            return 0;
        }
        int count = 0;
        for (var slot : plan.recurrence().slotsOn(day, holidays::contains)) {
            if (made.add(plan.getId() + "/" + slot.number())) {
                tasks.save(new ServiceTask(plan, day, slot.number(), day.atTime(slot.dueAt()).atZone(clock.getZone()).toInstant()));
                count++;
            }
        }
        return count;
    }

    /** The tasks of the day made already, as {@code plan/slot}. */
    private Set<String> made(LocalDate day) {
        return keys(tasks.findByDueDay(day));
    }

    private static Set<String> keys(List<ServiceTaskRepository.Made> made) {
        var keys = new HashSet<String>();
        made.forEach(task -> keys.add(task.getPlanId() + "/" + task.getSlot()));
        return keys;
    }

    /**
     * The two tasks of a meeting booked on a plan "before and after meetings" (会前会后): one due {@link #BEFORE_MEETING}
     * before it starts, one {@link #AFTER_MEETING} after it ends, each under the next free slot of its day.
     */
    List<ServiceTask> meeting(ServicePlan plan, Instant startsAt, Instant endsAt) {
        var before = startsAt.minus(BEFORE_MEETING);
        var after = endsAt.plus(AFTER_MEETING);
        return List.of(nextSlot(plan, before), nextSlot(plan, after));
    }

    private ServiceTask nextSlot(ServicePlan plan, Instant due) {
        var day = LocalDate.ofInstant(due, clock.getZone());
        int slot = tasks.maxSlot(plan.getId(), day) + 1;
        return tasks.save(new ServiceTask(plan, day, slot, due));
    }

    /** Makes one plan's tasks for every day from {@code from} to the day before {@code until} (e.g. a demo month). */
    int makeBetween(ServicePlan plan, LocalDate from, LocalDate until) {
        var holidays = sla.publicHolidays(from.minusDays(15), until);
        int made = 0;
        for (var day = from; day.isBefore(until); day = day.plusDays(1)) {
            made += makeFor(plan, day, holidays);
        }
        return made;
    }

    /** Marks a task missed (a demo's past day). */
    void miss(ServiceTask task) {
        task.missed();
        tasks.save(task);
    }

    /** A changed or stopped plan: its tasks still due after today go, and it makes today's and tomorrow's again. */
    void remake(ServicePlan plan) {
        tasks.dropDueAfter(plan.getId(), LocalDate.now(clock));
        makeSoon(plan);
    }

    /** Makes a new or changed plan's tasks for today and tomorrow at once. */
    void makeSoon(ServicePlan plan) {
        var today = LocalDate.now(clock);
        var holidays = sla.publicHolidays(today.minusDays(15), today.plusDays(1));
        makeFor(plan, today, holidays);
        makeFor(plan, today.plusDays(1), holidays);
    }

}
