package org.garrison.platform.jobs;

import org.garrison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduled jobs: their schedules, the recent runs on every node, and running one now. */
@Controller
class JobsController {

    private final ClusterScheduler scheduler;

    private final JobRuns runs;

    JobsController(ClusterScheduler scheduler, JobRuns runs) {
        this.scheduler = scheduler;
        this.runs = runs;
    }

    @GetMapping("/admin/jobs")
    @PreAuthorize("hasAuthority('SYSTEM_MONITOR')")
    String list(Model model) {
        model.addAttribute("jobs", scheduler.jobs());
        model.addAttribute("runs", runs.latest(100));
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

}
