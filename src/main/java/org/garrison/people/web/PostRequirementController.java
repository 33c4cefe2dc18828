package org.garrison.people.web;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.PostRequirements;
import org.garrison.shared.CurrentUser;
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
 * The certificates each post in the user's scope requires (岗位证书要求, seed 002: 会操作电脑, 司机): the list, and
 * one post's kinds changed at a time.
 */
@Controller
class PostRequirementController {

    private final PostRequirements requirements;

    private final OrganisationManagement organisation;

    PostRequirementController(PostRequirements requirements, OrganisationManagement organisation) {
        this.requirements = requirements;
        this.organisation = organisation;
    }

    @GetMapping("/people/post-requirements")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/people/post-requirements/{postId}")
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    String change(@PathVariable long postId, @ModelAttribute("form") PostRequirementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            errors.reject("people.postRequirements.invalid");
            return page(model);
        }
        requirements.change(CurrentUser.require().scope(), postId, form.kinds());
        redirect.addFlashAttribute("flash", "people.postRequirements.saved");
        return "redirect:/people/post-requirements";
    }

    private String page(Model model) {
        var rows = requirements.inScope(CurrentUser.require().scope());
        model.addAttribute("rows", rows);
        model.addAttribute("siteNames", organisation.siteNamesById(rows.stream().map(r -> r.post().site().value()).toList()));
        model.addAttribute("kinds", CertificateKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PostRequirementForm(null));
        }
        return "people/post-requirements";
    }

}
