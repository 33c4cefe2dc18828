package org.garrison.duty.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.internal.Meetings;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Dispatch meetings (调度会): the minutes, the open action items of all meetings, adding items, marking them done. */
@Controller
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/duty/meetings")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int itemsPage,
            HttpServletRequest request, Model model) {
        var scope = CurrentUser.require().scope();
        var found = meetings.list(scope, PageLinks.request(page));
        var open = meetings.openItems(scope, PageLinks.request(itemsPage));
        model.addAttribute("meetings", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        model.addAttribute("openItems", open.getContent());
        model.addAttribute("itemPages", PageLinks.of(open, request, "itemsPage"));
        model.addAttribute("branchNames", meetings.branchNames());
        model.addAttribute("today", meetings.today());
        return "duty/meetings";
    }

    @GetMapping("/duty/meetings/new")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String newMeeting(Model model) {
        var scope = CurrentUser.require().scope();
        var branches = meetings.branchChoices(scope);
        var blank = MeetingForm.blank(meetings.today());
        if (!scope.isCompanyWide() && branches.size() == 1) {
            blank = blank.forBranch(branches.get(0).id().value());
        }
        model.addAttribute("form", blank);
        return "duty/meeting-form";
    }

    @ModelAttribute("branches")
    List<BranchChoice> branches() {
        return meetings.branchChoices(CurrentUser.require().scope());
    }

    @ModelAttribute("companyWide")
    boolean companyWide() {
        return CurrentUser.require().scope().isCompanyWide();
    }

    @PostMapping("/duty/meetings")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "duty/meeting-form";
        }
        long id;
        try {
            id = meetings.record(CurrentUser.require(), form.branchId(), Objects.requireNonNull(form.heldOn()), form.chair(),
                    form.attendees(), form.agenda(), form.decisions(), List.of());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return "duty/meeting-form";
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/meetings/" + id;
    }

    @GetMapping("/duty/meetings/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("itemForm", ActionItemForm.blank());
        return detail(model, id);
    }

    @PostMapping("/duty/meetings/{id}/items")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") ActionItemForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        meetings.addItem(CurrentUser.require(), id, form.item());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/meetings/" + id;
    }

    @PostMapping("/duty/meetings/{id}/items/{itemId}/done")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String done(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        try {
            meetings.done(CurrentUser.require(), id, itemId);
            redirect.addFlashAttribute("flash", "duty.meeting.itemDone");
        }
        catch (DomainException ex) {
            Problems.add(redirect, ex);
        }
        return "redirect:/duty/meetings/" + id;
    }

    private String detail(Model model, long id) {
        model.addAttribute("card", meetings.card(CurrentUser.require().scope(), id));
        model.addAttribute("branchNames", meetings.branchNames());
        model.addAttribute("today", meetings.today());
        return "duty/meeting";
    }

}
