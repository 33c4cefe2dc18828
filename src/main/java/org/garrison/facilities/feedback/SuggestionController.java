package org.garrison.facilities.feedback;


import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.feedback.FeedbackForms.DecisionForm;
import org.garrison.facilities.feedback.FeedbackForms.ImplementedForm;
import org.garrison.facilities.feedback.FeedbackForms.SuggestionForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

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

/** The improvement suggestions page: the list with its filter, the form to propose, and per row accept, reject, implemented. */
@Controller
class SuggestionController {

    private static final String LIST = "/facilities/suggestions";

    private final Suggestions suggestions;

    private final OrganisationManagement organisation;

    SuggestionController(Suggestions suggestions, OrganisationManagement organisation) {
        this.suggestions = suggestions;
        this.organisation = organisation;
    }

    @GetMapping(LIST)
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable ServiceKind service,
            @RequestParam(required = false) @Nullable SuggestionState state, Model model) {
        return listPage(model, siteId, service, state);
    }

    @PostMapping(LIST)
    @PreAuthorize("hasAnyAuthority('FACILITIES_WORK', 'FACILITIES_MANAGE')")
    String propose(@Valid @ModelAttribute("suggestionForm") SuggestionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> suggestions.propose(CurrentUser.require(), form), LIST,
                () -> listPage(model, null, null, null));
    }

    @PostMapping(LIST + "/{id}/decide")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return Submit.row(errors, redirect, () -> suggestions.decide(CurrentUser.require(), id, form), LIST,
                "facilities.suggestion.invalid");
    }

    @PostMapping(LIST + "/{id}/implemented")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String implemented(@PathVariable long id, @Valid @ModelAttribute("implementedForm") ImplementedForm form,
            BindingResult errors, RedirectAttributes redirect) {
        return Submit.row(errors, redirect, () -> suggestions.implemented(CurrentUser.require(), id, form), LIST,
                "facilities.suggestion.invalid");
    }

    private String listPage(Model model, @Nullable Long siteId, @Nullable ServiceKind service, @Nullable SuggestionState state) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("siteId", siteId);
        model.addAttribute("service", service);
        model.addAttribute("state", state);
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("states", SuggestionState.values());
        model.addAttribute("suggestions", suggestions.list(scope, siteId, service, state));
        if (!model.containsAttribute("suggestionForm")) {
            model.addAttribute("suggestionForm", SuggestionForm.blank(siteId));
        }
        return "facilities/feedback/suggestions";
    }

}
