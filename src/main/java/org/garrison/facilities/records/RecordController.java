package org.garrison.facilities.records;

import java.time.Clock;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
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

/** Service records (服务记录): the list, one record, its review (记录审核) and the correction of a returned one. */
@Controller
class RecordController {

    private final ServiceRecords records;

    private final OrganisationManagement organisation;

    private final Clock clock;

    RecordController(ServiceRecords records, OrganisationManagement organisation, Clock clock) {
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/facilities/records")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable ServiceKind service,
            @RequestParam(required = false) @Nullable ReviewState review, @RequestParam(defaultValue = "0") int page, Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("records", records.list(scope, siteId, service, review, page));
        model.addAttribute("siteNames", organisation.siteNamesIn(scope));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("reviews", ReviewState.values());
        model.addAttribute("siteId", siteId);
        model.addAttribute("service", service);
        model.addAttribute("review", review);
        return "facilities/records";
    }

    @GetMapping("/facilities/records/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id);
    }

    @PostMapping("/facilities/records/{id}/review")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            records.review(CurrentUser.require(), id, Boolean.TRUE.equals(form.passed()), form.note());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/facilities/records/" + id;
    }

    @PostMapping("/facilities/records/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String correct(@PathVariable long id, @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(model, id);
        }
        try {
            records.correct(CurrentUser.require(), id, form.toContent(clock.getZone()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/facilities/records/" + id;
    }

    private String detail(Model model, long id) {
        var record = records.find(CurrentUser.require().scope(), id);
        model.addAttribute("record", record);
        model.addAttribute("recordContent", record.content());
        model.addAttribute("siteName", organisation.siteName(new SiteId(record.getSiteId())));
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.blank());
        }
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", RecordForm.of(record.content(), clock.getZone()));
        }
        return "facilities/record";
    }

}
