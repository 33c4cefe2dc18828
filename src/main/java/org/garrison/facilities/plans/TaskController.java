package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.facilities.plans.ServiceTasks.Outcome;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Tasks: the staff's "my tasks today" phone page — a task recorded done is kept on the phone and sent when there is a
 * signal ({@code static/js/facilities-tasks.js}) — and the tasks of a site and day for logistics.
 */
@Controller
class TaskController {

    private final ServiceTasks tasks;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    private final Clock clock;

    TaskController(ServiceTasks tasks, OrganisationManagement organisation, MessageSource messages, Clock clock) {
        this.tasks = tasks;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /** Tasks a phone sends at once. */
    record Upload(@NotNull @Size(max = 50) List<@Valid TaskDoneForm> tasks) {
    }

    /** What became of each task sent, with a refusal in the user's language. */
    record UploadResult(@Nullable String clientId, @Nullable Long taskId, Outcome outcome, @Nullable String reason) {
    }

    record UploadReply(List<UploadResult> results) {
    }

    @GetMapping("/facilities/tasks/my")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String mine(Model model) {
        model.addAttribute("tasks", tasks.mine(CurrentUser.require()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("webAppManifest", "/facilities/manifest.webmanifest");
        return "facilities/my-tasks";
    }

    @PostMapping("/facilities/tasks/upload")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseBody
    UploadReply upload(@Valid @RequestBody Upload upload, Locale locale) {
        return new UploadReply(record(tasks, messages, upload.tasks(), locale));
    }

    @GetMapping("/facilities/tasks")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String day(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day, Model model) {
        var scope = CurrentUser.require().scope();
        var shown = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("tasks", tasks.ofDay(scope, siteId, shown));
        model.addAttribute("day", shown);
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", organisation.siteChoices(scope));
        return "facilities/tasks";
    }

    /** Records each task on its own: a refusal of one does not stop the others, and is answered in words. */
    static List<UploadResult> record(ServiceTasks tasks, MessageSource messages, List<TaskDoneForm> sent, Locale locale) {
        var user = CurrentUser.require();
        var results = new ArrayList<UploadResult>(sent.size());
        for (var form : sent) {
            try {
                results.add(new UploadResult(form.clientId(), form.taskId(), tasks.done(user, form.toDone()), null));
            }
            catch (DomainException ex) {
                results.add(new UploadResult(form.clientId(), form.taskId(), Outcome.REFUSED,
                        messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
            }
            catch (NotFoundException ex) {
                results.add(new UploadResult(form.clientId(), form.taskId(), Outcome.REFUSED,
                        messages.getMessage("facilities.task.notFound", null, locale)));
            }
        }
        return results;
    }

}
