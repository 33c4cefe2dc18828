package org.garrison.facilities.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A service plan as the form (and the API) gives it.
 *
 * @param checklist one item per line
 * @param timesPerDay for several times a day
 * @param weekdays for a weekly plan
 * @param dayOfMonth for a monthly plan
 * @param lastTime the last slot's time, for several times a day
 */
record ServicePlanForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ServiceKind service, @NotBlank @Size(max = 200) @Nullable String area,
        @NotBlank @Size(max = 500) @Nullable String task, @Size(max = 2000) @Nullable String checklist,
        @NotNull @Nullable Frequency frequency, @Nullable Integer timesPerDay, @Nullable Set<DayOfWeek> weekdays,
        @Nullable Integer dayOfMonth, @NotNull @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime firstTime,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime lastTime,
        @Nullable Boolean skipHolidays, @Nullable Long assigneeId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay) {

    static ServicePlanForm blank(@Nullable Long siteId, LocalDate today) {
        return new ServicePlanForm(siteId, null, null, null, null, Frequency.DAILY, 3, Set.of(), 1, LocalTime.of(8, 0),
                LocalTime.of(17, 0), Boolean.FALSE, null, today, null);
    }

    static ServicePlanForm of(ServicePlan plan) {
        var r = plan.recurrence();
        return new ServicePlanForm(plan.getSiteId(), plan.getService(), plan.getArea(), plan.getTask(),
                String.join("\n", plan.checklistItems()), plan.getFrequency(), r.timesPerDay(), r.weekdays(), r.dayOfMonth(),
                r.firstTime(), r.lastTime(), r.skipHolidays(), plan.getAssigneeId(), plan.getFirstDay(), plan.getLastDay());
    }

    PlanDetails toDetails() {
        var recurrence = new Recurrence(Objects.requireNonNull(frequency), timesPerDay == null ? 1 : timesPerDay,
                weekdays == null ? Set.of() : weekdays, dayOfMonth, Objects.requireNonNull(firstTime),
                lastTime == null ? firstTime : lastTime, Boolean.TRUE.equals(skipHolidays));
        List<String> items = checklist == null ? List.of() : Arrays.stream(checklist.split("\\R")).toList();
        return new PlanDetails(Objects.requireNonNull(service), Objects.requireNonNull(area), Objects.requireNonNull(task), items,
                recurrence, assigneeId, null, Objects.requireNonNull(firstDay), lastDay);
    }

}
