package org.garrison.siteops.access;

import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
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

/** The watch list (黑名单) of ID numbers and plates that raise an alert at the gate. */
@Controller
class WatchListController {

    private final WatchList watchList;

    private final OrganisationManagement organisation;

    WatchListController(WatchList watchList, OrganisationManagement organisation) {
        this.watchList = watchList;
        this.organisation = organisation;
    }

    @GetMapping("/siteops/access/watchlist")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String list(Model model) {
        model.addAttribute("form", WatchForm.blank());
        return page(model);
    }

    @PostMapping("/siteops/access/watchlist")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String add(@Valid @ModelAttribute("form") WatchForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            watchList.add(CurrentUser.require(), form.siteId(), Objects.requireNonNull(form.kind()), form.value(), form.reason());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/siteops/access/watchlist";
    }

    @PostMapping("/siteops/access/watchlist/{id}/delete")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        watchList.remove(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "siteops.watch.removed");
        return "redirect:/siteops/access/watchlist";
    }

    private String page(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("entries", watchList.list(user));
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("kinds", WatchEntry.Kind.values());
        model.addAttribute("companyWide", user.scope().isCompanyWide());
        return "siteops/watchlist";
    }

}
