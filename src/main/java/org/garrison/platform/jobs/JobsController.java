package org.garrison.platform.jobs;

import java.time.Instant;
import java.util.Locale;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheduled jobs: their schedules, the recent runs on every node, and running one now. Jobs are named and runs
 * summed up in the reader's language ({@link ClusterJob}'s messages); a run recorded before summaries were kept
 * shows its stored text.
 */
@Controller
class JobsController {

    private final ClusterScheduler scheduler;

    private final JobRuns runs;

    private final MessageSource messages;

    JobsController(ClusterScheduler scheduler, JobRuns runs, MessageSource messages) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/admin/jobs")
    @PreAuthorize("hasAuthority('SYSTEM_MONITOR')")
    String list(Locale locale, Model model) {
        model.addAttribute("jobs",
                scheduler.jobs().stream().map(job -> new JobRow(job.name(), title(job.name(), locale), job.cron())).toList());
        model.addAttribute("runs", runs.latest(100).stream().map(run -> row(run, locale)).toList());
        model.addAttribute("node", scheduler.node());
        return "platform/jobs";
    }

    @PostMapping("/admin/jobs/{name}/run")
    @PreAuthorize("hasAuthority('SYSTEM_MONITOR')")
    String runNow(@PathVariable String name, RedirectAttributes redirect) {
        var job = scheduler.job(name).orElseThrow(() -> new NotFoundException("entity.job", name));
        boolean ran = scheduler.runIfFree(job);
        redirect.addFlashAttribute("flash", ran ? "jobs.ranNow" : "jobs.busy");
        return "redirect:/admin/jobs";
    }

    /** The job's name in the reader's language; its code when no module names it (a job since removed). */
    private String title(String name, Locale locale) {
        return messages.getMessage("job." + name, null, name, locale);
    }

    private RunRow row(JobRuns.Run run, Locale locale) {
        var summary = run.summary();
        String detail = summary == null ? run.detail()
                : messages.getMessage(summary.key(), summary.args().toArray(), summary.key(), locale);
        return new RunRow(run.jobName(), title(run.jobName(), locale), run.node(), run.startedAt(), run.finishedAt(),
                run.outcome(), detail);
    }

    record JobRow(String name, String title, String cron) {
    }

    record RunRow(String jobName, String title, String node, Instant startedAt, @Nullable Instant finishedAt,
            String outcome, @Nullable String detail) {
    }

}
