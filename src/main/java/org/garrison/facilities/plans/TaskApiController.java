package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.plans.ServiceTasks.TaskCard;
import org.garrison.facilities.plans.TaskController.Upload;
import org.garrison.facilities.plans.TaskController.UploadReply;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tasks plans make: one's own today, a site's day, and recording tasks done (as the phone page sends them). */
@RestController
@RequestMapping("/api/v1/facilities/tasks")
@Tag(name = "Facility services")
class TaskApiController {

    private final ServiceTasks tasks;

    private final MessageSource messages;

    private final Clock clock;

    TaskApiController(ServiceTasks tasks, MessageSource messages, Clock clock) {
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** A task as the API answers it. */
    record TaskResponse(long id, long planId, long siteId, String siteName, ServiceKind service, String area, String task,
            List<String> checklist, LocalDate dueDay, int slot, Instant dueAt, TaskState state, @Nullable String doneBy,
            @Nullable Instant doneAt, @Nullable String checklistResult, @Nullable String notes) {

        static TaskResponse of(TaskCard c) {
            var t = c.task();
            return new TaskResponse(t.getId(), t.getPlanId(), t.getSiteId(), c.siteName(), t.getService(), c.area(), c.what(),
                    c.checklist(), t.getDueDay(), t.getSlot(), t.getDueAt(), t.getState(), t.getDoneByName(), t.getDoneAt(),
                    t.getChecklistResult(), t.getNotes());
        }
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "My tasks today: assigned to me or to nobody, at the sites in my scope")
    List<TaskResponse> mine() {
        return tasks.mine(CurrentUser.require()).stream().map(TaskResponse::of).toList();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The tasks of a day (default today) at the sites in scope or one site")
    List<TaskResponse> day(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return tasks.ofDay(CurrentUser.require().scope(), siteId, day == null ? LocalDate.now(clock) : day)
            .stream()
            .map(TaskResponse::of)
            .toList();
    }

    @PostMapping("/done")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Record tasks done (up to 50), each with the id the phone made",
            description = "Each task is answered on its own: ACCEPTED, DUPLICATE (the same id sent before) or REFUSED with the "
                    + "reason in the caller's language (another site, done already, not yet due, an item not on its checklist, "
                    + "a time in the future). 400 for more than 50 or a task without id or site.")
    UploadReply done(@Valid @RequestBody Upload upload, Locale locale) {
        return new UploadReply(TaskController.record(tasks, messages, upload.tasks(), locale));
    }

}
