package org.garrison.duty.web;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.duty.internal.Meetings;
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
    String list(Model model) {
        model.addAttribute("meetings", meetings.list());
        model.addAttribute("openItems", meetings.openItems());
        model.addAttribute("today", meetings.today());
        return "duty/meetings";
    }

    @GetMapping("/duty/meetings/new")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String newMeeting(Model model) {
        model.addAttribute("form", MeetingForm.blank(meetings.today()));
        return "duty/meeting-form";
    }

    @PostMapping("/duty/meetings")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "duty/meeting-form";
        }
        long id = meetings.record(CurrentUser.require(), Objects.requireNonNull(form.heldOn()), form.chair(), form.attendees(),
                form.agenda(), form.decisions(), List.of());
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
        model.addAttribute("card", meetings.card(id));
        model.addAttribute("today", meetings.today());
        return "duty/meeting";
    }

}
