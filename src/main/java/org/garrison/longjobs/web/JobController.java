package org.garrison.longjobs.web;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.LongJobs;
import org.garrison.longjobs.internal.ExportClientsJob;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My jobs": the signed-in user's long jobs, one job with its live progress bar, downloads, cancelling. */
@Controller
@RequestMapping("/jobs")
class JobController {

    private final LongJobs jobs;

    private final ExportClientsJob exportClients;

    JobController(LongJobs jobs, ExportClientsJob exportClients) {
        this.jobs = jobs;
        this.exportClients = exportClients;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("jobs", jobs.mine());
        model.addAttribute("canExportClients", CurrentUser.require().can(OrganisationPermissions.CLIENTS_VIEW));
        return "longjobs/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(new JobId(id)));
        return "longjobs/detail";
    }

    /** The progress card alone, polled by htmx while the job runs; once finished it no longer polls. */
    @GetMapping("/{id}/progress")
    @PreAuthorize("isAuthenticated()")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.get(new JobId(id)));
        return "longjobs/fragments :: progress";
    }

    @GetMapping("/{id}/result")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<InputStreamResource> result(@PathVariable long id) {
        return Downloads.send(jobs.result(new JobId(id)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("isAuthenticated()")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            jobs.cancel(new JobId(id));
            redirect.addFlashAttribute("flash", "longjobs.cancelled");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("flash", ex.messageKey());
        }
        return "redirect:/jobs/" + id;
    }

    @PostMapping("/exports/clients")
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    String exportClients(RedirectAttributes redirect) {
        long id = exportClients.start();
        redirect.addFlashAttribute("flash", "longjobs.started");
        return "redirect:/jobs/" + id;
    }

}
