package org.garrison.duty.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.garrison.duty.internal.Supervision;
import org.garrison.duty.internal.SupervisionArea;
import org.garrison.duty.internal.SupervisionMethod;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervision plans and reports (监督计划, 监督报告): the plans in scope with how far each has come, making one, and a
 * plan's page with its progress, its reports and the form to submit one.
 */
@Controller
class SupervisionController {

    private final Supervision supervision;

    private final OrganisationManagement organisation;

    SupervisionController(Supervision supervision, OrganisationManagement organisation) {
        this.supervision = supervision;
        this.organisation = organisation;
    }

    @ModelAttribute("branches")
    List<BranchChoice> branches() {
        return organisation.branchChoices(CurrentUser.require().scope());
    }

    @ModelAttribute("branchNames")
    Map<Long, String> branchNames() {
        return organisation.branchNamesById();
    }

    @ModelAttribute("companyWide")
    boolean companyWide() {
        return CurrentUser.require().scope().isCompanyWide();
    }

    @ModelAttribute("today")
    LocalDate today() {
        return supervision.today();
    }

    @GetMapping("/duty/supervision")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var found = supervision.list(CurrentUser.require().scope(), PageLinks.request(page));
        model.addAttribute("plans", found.getContent());
        model.addAttribute("pages", PageLinks.of(found, request));
        return "duty/supervision";
    }

    @GetMapping("/duty/supervision/new")
    @PreAuthorize("hasAuthority('DUTY_SUPERVISE')")
    String newPlan(Model model) {
        var branches = branches();
        boolean oneBranch = !companyWide() && branches.size() == 1;
        model.addAttribute("form", SupervisionPlanForm.blank(today(), oneBranch ? branches.get(0).id().value() : null));
        return form(model);
    }

    @PostMapping("/duty/supervision")
    @PreAuthorize("hasAuthority('DUTY_SUPERVISE')")
    String create(@Valid @ModelAttribute("form") SupervisionPlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model);
        }
        long id;
        try {
            id = supervision.plan(CurrentUser.require(), form.plan());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/duty/supervision/" + id;
    }

    @GetMapping("/duty/supervision/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    String show(@PathVariable long id, Model model) {
        var card = supervision.card(CurrentUser.require().scope(), id);
        LocalDate last = today().isBefore(card.plan().getLastDay()) ? today() : card.plan().getLastDay();
        LocalDate first = card.reports().isEmpty() ? card.plan().getFirstDay()
                : card.reports().get(0).getLastDay().plusDays(1);
        model.addAttribute("reportForm", SupervisionReportForm.blank(first.isAfter(last) ? last : first, last));
        return detail(model, card);
    }

    @PostMapping("/duty/supervision/{id}/reports")
    @PreAuthorize("hasAuthority('DUTY_SUPERVISE')")
    String report(@PathVariable long id, @Valid @ModelAttribute("reportForm") SupervisionReportForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                supervision.report(CurrentUser.require(), id, Objects.requireNonNull(form.firstDay()),
                        Objects.requireNonNull(form.lastDay()), form.results(), form.problems(), form.improvements());
                redirect.addFlashAttribute("flash", "duty.supervision.reported");
                return "redirect:/duty/supervision/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return detail(model, supervision.card(CurrentUser.require().scope(), id));
    }

    private String form(Model model) {
        model.addAttribute("areas", SupervisionArea.values());
        model.addAttribute("methods", SupervisionMethod.values());
        return "duty/supervision-form";
    }

    private String detail(Model model, Supervision.PlanCard card) {
        model.addAttribute("card", card);
        return "duty/supervision-plan";
    }

}
