package org.garrison.patrols.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.FlagReviews;
import org.garrison.patrols.internal.FlagState;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.PageResponse;
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

/** The supervisor's review of flagged scans: the list in scope, and one scan accepted or rejected with a comment. */
@Controller
class FlagController {

    static final int PAGE_SIZE = 20;

    private final FlagReviews reviews;

    private final OrganisationManagement organisation;

    FlagController(FlagReviews reviews, OrganisationManagement organisation) {
        this.reviews = reviews;
        this.organisation = organisation;
    }

    /** The comment of a review: optional to accept, required to reject. */
    @io.swagger.v3.oas.annotations.media.Schema(example = "{\"comment\": \"两点相距 400 米，1 分钟内不可能到达\"}")
    record ReviewForm(@Size(max = 500) @Nullable String comment) {
    }

    @GetMapping("/patrol/flags")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    String list(@RequestParam(required = false) @Nullable FlagState state,
            @RequestParam(required = false) @Nullable Long siteId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var scope = CurrentUser.require().scope();
        FlagState shown = state == null ? FlagState.OPEN : state;
        var found = reviews.list(scope, shown, siteId, PageResponse.request(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("flags", found);
        model.addAttribute("state", shown);
        model.addAttribute("states", FlagState.values());
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        return "patrols/flags";
    }

    @GetMapping("/patrol/flags/{scanId}")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    String flag(@PathVariable String scanId, Model model) {
        model.addAttribute("form", new ReviewForm(null));
        return detail(scanId, model);
    }

    @PostMapping("/patrol/flags/{scanId}/accept")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    String accept(@PathVariable String scanId, @Valid @ModelAttribute("form") ReviewForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return review(scanId, form, errors, model, redirect, false);
    }

    @PostMapping("/patrol/flags/{scanId}/reject")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    String reject(@PathVariable String scanId, @Valid @ModelAttribute("form") ReviewForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return review(scanId, form, errors, model, redirect, true);
    }

    private String review(String scanId, ReviewForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, boolean reject) {
        var scope = CurrentUser.require().scope();
        reviews.get(scope, scanId);
        if (errors.hasErrors()) {
            return detail(scanId, model);
        }
        try {
            if (reject) {
                reviews.reject(scope, scanId, form.comment());
            }
            else {
                reviews.accept(scope, scanId, form.comment());
            }
        }
        catch (DomainException ex) {
            if ("patrol.flag.commentRequired".equals(ex.messageKey())
                    || "patrol.flag.changeNeedsComment".equals(ex.messageKey())) {
                errors.rejectValue("comment", ex.messageKey());
            }
            else {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
            return detail(scanId, model);
        }
        redirect.addFlashAttribute("flash", reject ? "patrol.flags.rejected" : "patrol.flags.accepted");
        return "redirect:/patrol/flags";
    }

    private String detail(String scanId, Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("flag", reviews.get(scope, scanId));
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        return "patrols/flag";
    }

}
