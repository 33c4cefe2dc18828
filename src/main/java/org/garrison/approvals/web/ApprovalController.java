package org.garrison.approvals.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.garrison.approvals.internal.ApprovalRequest;
import org.garrison.approvals.internal.Approvals;
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

/**
 * The approver's inbox, the submitter's own requests, and a request with its steps and history where the
 * current step's role holder approves, rejects or sends back, and the submitter resubmits.
 */
@Controller
class ApprovalController {

    private static final String DETAIL = "approvals/detail";

    /** The model name of the approver's form (approve, send back, reject). */
    private static final String DECISION_FORM = "decisionForm";

    /** The model name of the submitter's resubmission form. */
    private static final String RESUBMIT_FORM = "resubmitForm";

    private final Approvals approvals;

    private final ApprovalLabels labels;

    ApprovalController(Approvals approvals, ApprovalLabels labels) {
        this.approvals = approvals;
        this.labels = labels;
    }

    @GetMapping("/approvals/inbox")
    @PreAuthorize("isAuthenticated()")
    String inbox(Model model, Locale locale) {
        model.addAttribute("requests", approvals.inbox(CurrentUser.require()));
        return list(model, locale, "approvals/inbox");
    }

    @GetMapping("/approvals/mine")
    @PreAuthorize("isAuthenticated()")
    String mine(Model model, Locale locale) {
        model.addAttribute("requests", approvals.mine(CurrentUser.require()));
        return list(model, locale, "approvals/mine");
    }

    @GetMapping("/approvals/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable long id, Model model, Locale locale) {
        var user = CurrentUser.require();
        return detail(model, locale, user, approvals.get(user, id));
    }

    @PostMapping("/approvals/{id}/approve")
    @PreAuthorize("isAuthenticated()")
    String approve(@PathVariable long id, @Valid @ModelAttribute(DECISION_FORM) DecisionForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, form, errors, model, locale, redirect, Move.APPROVE);
    }

    @PostMapping("/approvals/{id}/reject")
    @PreAuthorize("isAuthenticated()")
    String reject(@PathVariable long id, @Valid @ModelAttribute(DECISION_FORM) DecisionForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, form, errors, model, locale, redirect, Move.REJECT);
    }

    @PostMapping("/approvals/{id}/return")
    @PreAuthorize("isAuthenticated()")
    String sendBack(@PathVariable long id, @Valid @ModelAttribute(DECISION_FORM) DecisionForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, form, errors, model, locale, redirect, Move.RETURN);
    }

    @PostMapping("/approvals/{id}/resubmit")
    @PreAuthorize("isAuthenticated()")
    String resubmit(@PathVariable long id, @Valid @ModelAttribute(RESUBMIT_FORM) DecisionForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        return act(id, form, errors, model, locale, redirect, Move.RESUBMIT);
    }

    private String act(long id, DecisionForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect, Move move) {
        var user = CurrentUser.require();
        if (errors.hasErrors()) {
            return detail(model, locale, user, approvals.get(user, id));
        }
        try {
            switch (move) {
                case APPROVE -> approvals.approve(user, id, form.comment());
                case REJECT -> approvals.reject(user, id, form.comment());
                case RETURN -> approvals.sendBack(user, id, form.comment());
                case RESUBMIT -> approvals.resubmit(user, id, form.comment());
            }
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, locale, user, approvals.get(user, id));
        }
        redirect.addFlashAttribute("flash", move.flash);
        return "redirect:/approvals/" + id;
    }

    private String list(Model model, Locale locale, String view) {
        model.addAttribute("types", labels.types(locale));
        model.addAttribute("sites", labels.sites());
        return view;
    }

    /** The request page; a form bound by this request (with its errors) stays, the other one starts blank. */
    private String detail(Model model, Locale locale, CurrentUser user, ApprovalRequest request) {
        model.addAttribute("request", request);
        model.addAttribute("canDecide", request.isDecidableBy(user));
        model.addAttribute("canResubmit", request.isResubmittableBy(user));
        if (!model.containsAttribute(DECISION_FORM)) {
            model.addAttribute(DECISION_FORM, DecisionForm.blank());
        }
        if (!model.containsAttribute(RESUBMIT_FORM)) {
            model.addAttribute(RESUBMIT_FORM, DecisionForm.blank());
        }
        return list(model, locale, DETAIL);
    }

    private enum Move {
        APPROVE("approvals.approved"), REJECT("approvals.rejected"), RETURN("approvals.returned"),
        RESUBMIT("approvals.resubmitted");

        private final String flash;

        Move(String flash) {
            this.flash = flash;
        }
    }

}
