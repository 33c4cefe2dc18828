package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.facilities.assets.ElectricalForms.AssetForm;
import org.garrison.facilities.assets.ElectricalForms.ReadingForm;
import org.garrison.facilities.assets.ElectricalForms.ReportForm;
import org.garrison.facilities.assets.ElectricalForms.TextForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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

/** The electrical pages (用电设备): assets per site, an asset with its readings and faults, the monthly operation report. */
@Controller
class ElectricalController {

    private static final String PAGE = "/facilities/electrical";

    private final ElectricalAssets assets;

    private final Readings readings;

    private final OperationReports reports;

    private final OrganisationManagement organisation;

    private final Clock clock;

    ElectricalController(ElectricalAssets assets, Readings readings, OperationReports reports, OrganisationManagement organisation,
            Clock clock) {
        this.assets = assets;
        this.readings = readings;
        this.reports = reports;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        return page(model, siteId);
    }

    @PostMapping(PAGE)
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String register(@Valid @ModelAttribute("assetForm") AssetForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> assets.register(CurrentUser.require(), form), PAGE + Submit.site(form.siteId()),
                () -> page(model, form.siteId()));
    }

    @GetMapping(PAGE + "/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id);
    }

    @PostMapping(PAGE + "/{id}/readings")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String read(@PathVariable long id, @Valid @ModelAttribute("readingForm") ReadingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> readings.record(CurrentUser.require(), id, form), PAGE + "/" + id,
                () -> detail(model, id));
    }

    @PostMapping(PAGE + "/{id}/faults")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String fault(@PathVariable long id, @Valid @ModelAttribute("faultForm") TextForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> assets.reportFault(CurrentUser.require(), id, form.text()), PAGE + "/" + id,
                () -> detail(model, id));
    }

    @PostMapping(PAGE + "/{id}/faults/{faultId}/fix")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String fix(@PathVariable long id, @PathVariable long faultId, @Valid @ModelAttribute("repairForm") TextForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> assets.fix(CurrentUser.require(), faultId, form.text()), PAGE + "/" + id,
                () -> detail(model, id));
    }

    @PostMapping(PAGE + "/{id}/retire")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        assets.retire(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:" + PAGE + "/" + id;
    }

    @GetMapping(PAGE + "/report")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String report(@RequestParam long siteId, @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
            Model model) {
        return reportPage(model, siteId, month == null ? YearMonth.now(clock) : month);
    }

    @PostMapping(PAGE + "/report")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    String writeReport(@RequestParam long siteId, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return Submit.attempt(errors, redirect, () -> reports.write(CurrentUser.require(), siteId, month, form),
                PAGE + "/report?siteId=" + siteId + "&month=" + month, () -> reportPage(model, siteId, month));
    }

    private String page(Model model, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        var sites = organisation.siteChoices(scope);
        Long only = siteId != null ? siteId : sites.size() == 1 ? sites.get(0).id().value() : null;
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", sites);
        model.addAttribute("assets", assets.list(scope, siteId));
        model.addAttribute("kinds", ElectricalKind.values());
        model.addAttribute("month", YearMonth.now(clock));
        if (!model.containsAttribute("assetForm")) {
            model.addAttribute("assetForm", AssetForm.blank(only));
        }
        return "facilities/assets/electrical";
    }

    private String detail(Model model, long id) {
        model.addAttribute("card", assets.card(CurrentUser.require().scope(), id));
        for (String form : new String[] { "faultForm", "repairForm" }) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, TextForm.blank());
            }
        }
        if (!model.containsAttribute("readingForm")) {
            model.addAttribute("readingForm", ReadingForm.blank());
        }
        return "facilities/assets/electrical-asset";
    }

    private String reportPage(Model model, long siteId, YearMonth month) {
        var report = reports.report(CurrentUser.require().scope(), siteId, month);
        model.addAttribute("report", report);
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ReportForm(Objects.requireNonNullElse(report.analysis(), ""),
                    Objects.requireNonNullElse(report.suggestions(), "")));
        }
        return "facilities/assets/electrical-report";
    }

}
