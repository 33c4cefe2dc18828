package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Employee;
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
        model.addAttribute("siteNames", organisation.siteNamesById(list.stream().map(Employee::getSiteId).toList()));
        model.addAttribute("branchNames", organisation.branchNamesById());
        model.addAttribute("limit", PeopleQueries.LIST_LIMIT);
        return "people/employees";
    }

    @GetMapping("/people/employees/{id}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    String show(@PathVariable long id, Model model) {
        return page.render(model, id);
    }

    @GetMapping("/people/employees/new")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String newEmployee(Model model) {
        model.addAttribute("form", EmployeeForm.blank(LocalDate.now(clock)));
        return employeeForm(model);
    }

    @PostMapping("/people/employees")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String register(@Valid @ModelAttribute("form") EmployeeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return employeeForm(model);
        }
        long id;
        try {
            id = employees.register(CurrentUser.require().scope(), form.fullName(), form.residentId(), form.phone(),
                    form.branchId(), form.hiredOn()).getId();
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return employeeForm(model);
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
            return page.render(model, id);
        }
        employees.changeContacts(CurrentUser.require().scope(), id, form.contacts());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @PostMapping("/people/employees/{id}/height")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String recordHeight(@PathVariable long id, @Valid @ModelAttribute("heightForm") HeightForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.render(model, id);
        }
        employees.recordHeight(CurrentUser.require().scope(), id, form.heightCm());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @PostMapping("/people/employees/{id}/status")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String changeStatus(@PathVariable long id, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.render(model, id);
        }
        try {
            employees.changeStatus(CurrentUser.require().scope(), id, Objects.requireNonNull(form.status()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.render(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    @PostMapping("/people/employees/{id}/certificates")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String addCertificate(@PathVariable long id, @Valid @ModelAttribute("certificate") CertificateForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.render(model, id);
        }
        try {
            employees.addCertificate(CurrentUser.require().scope(), id, form.details());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page.render(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/people/employees/" + id;
    }

    private String employeeForm(Model model) {
        model.addAttribute("branches", employees.branchChoices(CurrentUser.require().scope()));
        return "people/employee-form";
    }

}
