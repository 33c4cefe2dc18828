package org.garrison.facilities.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ServiceKind;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Recurring service plans (服务计划), as the plan pages keep them. */
@RestController
@RequestMapping("/api/v1/facilities/plans")
@Tag(name = "Facility services")
class ServicePlanApiController {

    private final ServicePlans plans;

    private final java.time.Clock clock;

    ServicePlanApiController(ServicePlans plans, java.time.Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** A plan as the API answers it. */
    record PlanResponse(long id, long siteId, ServiceKind service, String area, String task, List<String> checklist,
            Frequency frequency, int timesPerDay, Set<DayOfWeek> weekdays, @Nullable Integer dayOfMonth, LocalTime firstTime,
            LocalTime lastTime, boolean skipHolidays, @Nullable Long assigneeId, @Nullable String assigneeName, LocalDate firstDay,
            @Nullable LocalDate lastDay, boolean active) {

        static PlanResponse of(ServicePlan p) {
            var r = p.recurrence();
            return new PlanResponse(p.getId(), p.getSiteId(), p.getService(), p.getArea(), p.getTask(), p.checklistItems(),
                    p.getFrequency(), r.timesPerDay(), r.weekdays(), r.dayOfMonth(), r.firstTime(), r.lastTime(), r.skipHolidays(),
                    p.getAssigneeId(), p.getAssigneeName(), p.getFirstDay(), p.getLastDay(), p.isActive());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "List the service plans of the sites in scope")
    List<PlanResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ServiceKind service, @RequestParam(defaultValue = "false") boolean activeOnly) {
        return plans.list(CurrentUser.require().scope(), siteId, service, activeOnly).stream().map(PlanResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "One service plan", description = "404 when it is not at a site in scope.")
    PlanResponse one(@PathVariable long id) {
        return PlanResponse.of(plans.find(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Make a service plan; its tasks for today and tomorrow are made at once",
            description = "400 for missing fields (a plan with no frequency); 404 for a site outside the scope; 422 for guarding, "
                    + "a recurrence missing what it needs (weekdays, day of month, 2–12 times a day), or an assignee who "
                    + "cannot work at the site.")
    ResponseEntity<PlanResponse> create(@Valid @RequestBody ServicePlanForm body) {
        var plan = plans.create(CurrentUser.require(), Objects.requireNonNull(body.siteId()), body.toDetails());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/facilities/plans/{id}").buildAndExpand(plan.getId()).toUri())
            .body(PlanResponse.of(plan));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Change a service plan; its tasks still due after today are made again",
            description = "The site stays. 400/404/422 as for making one.")
    PlanResponse change(@PathVariable long id, @Valid @RequestBody ServicePlanForm body) {
        return PlanResponse.of(plans.change(CurrentUser.require(), id, body.toDetails()));
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Book a meeting on a plan \"before and after meetings\" (会前会后): a task 30 min before it starts "
            + "and one within 30 min after it ends", description = "Local times of the business zone. 400 for a missing time; "
                    + "422 for a plan of another frequency or stopped, a meeting ending before it starts or begun more than a "
                    + "day ago.")
    ResponseEntity<List<TaskRef>> bookMeeting(@PathVariable long id, @Valid @RequestBody MeetingForm body) {
        var made = plans.bookMeeting(CurrentUser.require(), id, Objects.requireNonNull(body.startsAt()).atZone(clock.getZone()).toInstant(),
                Objects.requireNonNull(body.endsAt()).atZone(clock.getZone()).toInstant());
        return ResponseEntity.status(201).body(made.stream().map(t -> new TaskRef(t.getId(), t.getDueDay(), t.getSlot(), t.getDueAt())).toList());
    }

    /** A task made for a meeting. */
    record TaskRef(long id, LocalDate dueDay, int slot, java.time.Instant dueAt) {
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Stop a plan: no more tasks after today")
    PlanResponse stop(@PathVariable long id) {
        return PlanResponse.of(plans.stop(CurrentUser.require(), id));
    }

}
