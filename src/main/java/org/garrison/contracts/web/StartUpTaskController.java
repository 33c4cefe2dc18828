package org.garrison.contracts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.StartUpTasks;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each department's start-up tasks (启动任务) from signed contracts, and marking one's own done. */
@Controller
class StartUpTaskController {

    private final StartUpTasks tasks;

    private final ContractQueries queries;

    private final Names names;

    private final Clock clock;

    StartUpTaskController(StartUpTasks tasks, ContractQueries queries, Names names, Clock clock) {
        this.tasks = tasks;
        this.queries = queries;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/contracts/tasks")
    @PreAuthorize("hasAuthority('STARTUP_TASKS_VIEW')")
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        var user = CurrentUser.require();
        var visible = tasks.visibleTo(user, open);
        model.addAttribute("tasks", visible);
        model.addAttribute("open", open);
        model.addAttribute("contracts", queries.numbers(visible.stream().map(t -> t.getContractId()).distinct().toList()));
        model.addAttribute("siteNames", names.sites(visible.stream().map(t -> t.getSiteId()).distinct().toList()));
        model.addAttribute("myDepartments", user.roleCodes().contains("ADMIN") ? Set.of("SECURITY_OPS", "TRAINING",
                "LOGISTICS") : user.roleCodes());
        model.addAttribute("today", LocalDate.now(clock));
        return "contracts/tasks";
    }

    @PostMapping("/contracts/tasks/{id}/done")
    @PreAuthorize("hasAuthority('STARTUP_TASKS_VIEW')")
    String done(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tasks.complete(CurrentUser.require(), id);
            redirect.addFlashAttribute("flash", "task.completed");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("refusalKey", ex.messageKey());
            redirect.addFlashAttribute("refusalArgs", ex.arguments());
        }
        return "redirect:/contracts/tasks";
    }

}
