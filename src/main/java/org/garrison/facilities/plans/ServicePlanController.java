package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.internal.ServiceStaff;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
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

/** Service plans (服务计划): the list per site and service, making and changing one, stopping it. */
@Controller
class ServicePlanController {

    private final ServicePlans plans;

    private final ServiceTasks tasks;

    private final OrganisationManagement organisation;

    private final ServiceStaff staff;

    private final Clock clock;

    ServicePlanController(ServicePlans plans, ServiceTasks tasks, OrganisationManagement organisation, ServiceStaff staff, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.organisation = organisation;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/facilities/plans")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable ServiceKind service,
            Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("plans", plans.list(scope, siteId, service, false));
        model.addAttribute("siteNames", organisation.siteNamesIn(scope));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("siteId", siteId);
        model.addAttribute("service", service);
        return "facilities/plans";
    }

    @GetMapping("/facilities/plans/new")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String newPlan(@RequestParam(required = false) @Nullable Long siteId, Model model) {
        model.addAttribute("form", ServicePlanForm.blank(siteId, LocalDate.now(clock)));
        return form(model, null);
    }

    @PostMapping("/facilities/plans")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String create(@Valid @ModelAttribute("form") ServicePlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = plans.create(CurrentUser.require(), java.util.Objects.requireNonNull(form.siteId()), form.toDetails()).getId();
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/facilities/plans/" + id;
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
    }

    @GetMapping("/facilities/plans/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@PathVariable long id, Model model) {
        var plan = plans.find(CurrentUser.require().scope(), id);
        model.addAttribute("plan", plan);
        model.addAttribute("siteName", organisation.siteName(new org.garrison.shared.SiteId(plan.getSiteId())));
        model.addAttribute("tasks", tasks.ofPlan(plan));
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.blank());
        }
        return "facilities/plan";
    }

    @PostMapping("/facilities/plans/{id}/meetings")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String bookMeeting(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                plans.bookMeeting(CurrentUser.require(), id, java.util.Objects.requireNonNull(form.startsAt()).atZone(clock.getZone()).toInstant(),
                        java.util.Objects.requireNonNull(form.endsAt()).atZone(clock.getZone()).toInstant());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/facilities/plans/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return show(id, model);
    }

    @GetMapping("/facilities/plans/{id}/edit")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ServicePlanForm.of(plans.find(CurrentUser.require().scope(), id)));
        return form(model, id);
    }

    @PostMapping("/facilities/plans/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") ServicePlanForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            plans.change(CurrentUser.require(), id, form.toDetails());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/facilities/plans/" + id;
    }

    @PostMapping("/facilities/plans/{id}/stop")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        plans.stop(CurrentUser.require(), id);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/facilities/plans/" + id;
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("planId", id);
        model.addAttribute("sites", organisation.siteChoices(CurrentUser.require().scope()));
        model.addAttribute("services", ServiceKind.facilityServices());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("staff", staff.all());
        return "facilities/plan-form";
    }

}
