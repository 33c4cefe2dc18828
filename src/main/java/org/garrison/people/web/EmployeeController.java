package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Employee;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
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

/** Employee records: the list, one record with certificates, exams, postings and the duty clearance, and its changes. */
@Controller
class EmployeeController {

    private final PeopleQueries queries;

    private final Employees employees;

    private final OrganisationManagement organisation;

    private final EmployeeRecordPage page;

    private final Clock clock;

    EmployeeController(PeopleQueries queries, Employees employees, OrganisationManagement organisation, EmployeeRecordPage page,
            Clock clock) {
        this.queries = queries;
        this.employees = employees;
        this.organisation = organisation;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/people/employees")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String list(@RequestParam(required = false) @Nullable Long siteId, @RequestParam(required = false) @Nullable String q,
            Model model) {
        var scope = CurrentUser.require().scope();
        var list = queries.employees(scope, siteId, q);
        model.addAttribute("employees", list);
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("siteId", siteId);
        model.addAttribute("q", q);
        model.addAttribute("siteNames", SiteNames.of(organisation, list.stream().map(Employee::getSiteId).toList()));
        model.addAttribute("branchNames", SiteNames.branches(organisation));
        model.addAttribute("limit", PeopleQueries.LIST_LIMIT);
        return "people/employees";
    }

    @GetMapping("/people/employees/{id}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id, null, null, null);
    }

    @GetMapping("/people/employees/new")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String newEmployee(Model model) {
        return employeeForm(model, EmployeeForm.blank(LocalDate.now(clock)), null, null);
    }

    @PostMapping("/people/employees")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String register(@Valid @ModelAttribute("form") EmployeeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return employeeForm(model, form, errors, null);
        }
        long id;
        try {
            id = employees.register(CurrentUser.require().scope(), form.fullName(), form.residentId(), form.phone(),
                    form.branchId(), form.hiredOn()).getId();
        }
        catch (DomainException ex) {
            return employeeForm(model, form, errors, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @GetMapping("/people/me")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String mine() {
        var user = CurrentUser.require();
        var employee = employees.ofUser(user.id());
        if (employee == null) {
            throw new NotFoundException("entity.employee", user.username());
        }
        return "redirect:/people/employees/" + employee.getId();
    }

    @PostMapping("/people/employees/{id}/contacts")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String changeContacts(@PathVariable long id, @Valid @ModelAttribute("contacts") ContactsForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("contacts", form);
            return detail(model, id, errors, null, null);
        }
        employees.changeContacts(CurrentUser.require().scope(), id, form.contacts());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @PostMapping("/people/employees/{id}/status")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String changeStatus(@PathVariable long id, @RequestParam(required = false) @Nullable EmployeeStatus status, Model model,
            RedirectAttributes redirect) {
        try {
            if (status == null) {
                throw new DomainException("people.employee.statusMissing");
            }
            employees.changeStatus(CurrentUser.require().scope(), id, status);
        }
        catch (DomainException ex) {
            return detail(model, id, null, null, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @PostMapping("/people/employees/{id}/certificates")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String addCertificate(@PathVariable long id, @Valid @ModelAttribute("certificate") CertificateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("certificate", form);
            return detail(model, id, null, errors, null);
        }
        try {
            employees.addCertificate(CurrentUser.require().scope(), id, form.details());
        }
        catch (DomainException ex) {
            model.addAttribute("certificate", form);
            return detail(model, id, null, null, ex);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    private String employeeForm(Model model, EmployeeForm form, @Nullable BindingResult errors,
            @Nullable DomainException refusal) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("branches", employees.branchChoices(CurrentUser.require().scope()));
        return "people/employee-form";
    }

    private String detail(Model model, long id, @Nullable BindingResult contactErrors,
            @Nullable BindingResult certificateErrors, @Nullable DomainException refusal) {
        return page.render(model, id, contactErrors, certificateErrors, refusal);
    }

}
