package org.garrison.servicedesk.web;

import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Memos;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a complaint, each by the department the rulebook names: customer service accepts, drafts,
 * answers and visits again; security operations investigates; guard and team leader confirm; any department
 * may file a memo (签呈), management decides it. A refused step shows the complaint again with the reason
 * (the step's form bound under its own name, see {@link ComplaintPage#STEP_FORMS}).
 */
@Controller
class ComplaintStepController {

    private final Complaints complaints;

    private final ComplaintFlow flow;

    private final Memos memos;

    private final ComplaintPage page;

    ComplaintStepController(Complaints complaints, ComplaintFlow flow, Memos memos, ComplaintPage page) {
        this.complaints = complaints;
        this.flow = flow;
        this.memos = memos;
        this.page = page;
    }

    @PostMapping("/servicedesk/complaints/{id}/accept")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String accept(@PathVariable long id, @Valid @ModelAttribute("acceptance") StepForms.Accept form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect,
                () -> complaints.accept(user(), id, form.judgedReasonable(), form.category(), form.claimedAmount()));
    }

    @PostMapping("/servicedesk/complaints/{id}/investigate")
    @PreAuthorize("hasAuthority('COMPLAINTS_INVESTIGATE')")
    String investigate(@PathVariable long id, @Valid @ModelAttribute("investigation") StepForms.Investigate form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect,
                () -> flow.investigate(user(), id, form.findings(), form.responsiblePeople()));
    }

    @PostMapping("/servicedesk/complaints/{id}/confirm")
    @PreAuthorize("hasAuthority('COMPLAINTS_INVESTIGATE')")
    String confirm(@PathVariable long id, @Valid @ModelAttribute("confirmation") StepForms.Confirm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> flow.confirm(user(), id, form.confirmedBy()));
    }

    @PostMapping("/servicedesk/complaints/{id}/draft")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String draft(@PathVariable long id, @Valid @ModelAttribute("draft") StepForms.Draft form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> flow.draft(user(), id, form.handling(),
                java.util.Objects.requireNonNull(form.responsibility()), form.compensation()));
    }

    @PostMapping("/servicedesk/complaints/{id}/answer")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answer") StepForms.Text form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> flow.answer(user(), id, form.text()));
    }

    @PostMapping("/servicedesk/complaints/{id}/return-visit")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    String returnVisit(@PathVariable long id, @Valid @ModelAttribute("visit") StepForms.Text form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> flow.returnVisit(user(), id, form.text()));
    }

    @PostMapping("/servicedesk/complaints/{id}/memos")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    String fileMemo(@PathVariable long id, @Valid @ModelAttribute("memo") StepForms.MemoForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> memos.file(user(), id, form.department(), form.objection()));
    }

    @PostMapping("/servicedesk/complaints/{id}/memos/{memoId}/decide")
    @PreAuthorize("hasAuthority('MEMOS_DECIDE')")
    String decideMemo(@PathVariable long id, @PathVariable long memoId,
            @Valid @ModelAttribute("decision") StepForms.Text form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return step(id, errors, model, redirect, () -> memos.decide(user(), id, memoId, form.text()));
    }

    private String step(long id, BindingResult errors, Model model, RedirectAttributes redirect, Supplier<?> move) {
        if (errors.hasErrors()) {
            return page.show(model, id);
        }
        try {
            move.get();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.show(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/servicedesk/complaints/" + id;
    }

    private static CurrentUser user() {
        return CurrentUser.require();
    }

}
