package org.garrison.facilities.feedback;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.feedback.FeedbackForms.FeedbackForm;
import org.garrison.facilities.feedback.FeedbackForms.HandleForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
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

/** The client feedback pages: the list with its filter and the form to file or record feedback, and one entry to handle. */
@Controller
class FeedbackController {

    private final ClientFeedback feedback;

    private final OrganisationManagement organisation;

    FeedbackController(ClientFeedback feedback, OrganisationManagement organisation) {
        this.feedback = feedback;
        this.organisation = organisation;
    }

    @GetMapping("/facilities/feedback")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable ServiceKind service,
            @RequestParam(required = false) @Nullable Boolean handled, Model model) {
        return listPage(model, siteId, service, handled);
    }

    @PostMapping("/facilities/feedback")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    String record(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> feedback.record(CurrentUser.require(), form), "/facilities/feedback",
                () -> listPage(model, null, null, null));
    }

    @GetMapping("/facilities/feedback/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String detail(@PathVariable long id, Model model) {
        return detailPage(model, id);
    }

    @PostMapping("/facilities/feedback/{id}/handle")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String handle(@PathVariable long id, @Valid @ModelAttribute("handleForm") HandleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> feedback.handle(CurrentUser.require(), id, form),
                "/facilities/feedback/" + id, () -> detailPage(model, id));
    }

    private String listPage(Model model, @Nullable Long siteId, @Nullable ServiceKind service, @Nullable Boolean handled) {
        var user = CurrentUser.require();
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("siteId", siteId);
        model.addAttribute("service", service);
        model.addAttribute("handled", handled);
        model.addAttribute("services", ServiceKind.facilityServices());
        boolean byClient = user.scope().level() == ScopeLevel.CLIENT;
        model.addAttribute("byClient", byClient);
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.PORTAL).toList());
        model.addAttribute("feedback", feedback.list(user.scope(), siteId, service, handled));
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", FeedbackForm.blank(siteId));
        }
        return "facilities/feedback/list";
    }

    private String detailPage(Model model, long id) {
        model.addAttribute("entry", feedback.find(CurrentUser.require().scope(), id));
        if (!model.containsAttribute("handleForm")) {
            model.addAttribute("handleForm", HandleForm.blank());
        }
        return "facilities/feedback/detail";
    }

}
