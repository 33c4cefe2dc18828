package org.garrison.people.web;

import jakarta.validation.Valid;

import org.garrison.people.internal.EmployeeAccounts;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PlannedDeployment;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the employee record page after a hire: HR creates the employee's sign-in ("创建登录账号") or links an existing
 * one, and deploys the employee to the planned site and post once the on-duty gate clears them.
 */
@Controller
class EmployeeOnboardingController {

    private final EmployeeAccounts accounts;

    private final PlannedDeployment deployment;

    private final Employees employees;

    private final EmployeeRecordPage page;

    EmployeeOnboardingController(EmployeeAccounts accounts, PlannedDeployment deployment, Employees employees,
            EmployeeRecordPage page) {
        this.accounts = accounts;
        this.deployment = deployment;
        this.employees = employees;
        this.page = page;
    }

    @PostMapping("/people/employees/{id}/account")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String create(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.createAccount(CurrentUser.require().scope(), id, form.username(), form.password());
                redirect.addFlashAttribute("flash", "people.account.created");
                return "redirect:/people/employees/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return page.render(model, id);
    }

    @PostMapping("/people/employees/{id}/account/link")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    String link(@PathVariable long id, @Valid @ModelAttribute("linkAccount") LinkAccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.linkAccount(CurrentUser.require().scope(), id, form.username());
                redirect.addFlashAttribute("flash", "people.account.linked");
                return "redirect:/people/employees/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return page.render(model, id);
    }

    @PostMapping("/people/employees/{id}/deploy")
    @PreAuthorize("hasAnyAuthority('EMPLOYEES_MANAGE', 'ROSTER_MANAGE')")
    String deploy(@PathVariable long id, @ModelAttribute("deployForm") PageAction action, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        try {
            deployment.deploy(scope, employees.get(scope, id));
            redirect.addFlashAttribute("flash", "people.deploy.done");
            return "redirect:/people/employees/" + id;
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
        }
        return page.render(model, id);
    }

}
