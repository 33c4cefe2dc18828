package org.garrison.people.web;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Employee;
import org.garrison.people.internal.EmployeeAccounts;
import org.garrison.people.internal.PlannedDeployment;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The employee page's onboarding parts: the linked sign-in (or the forms that create or link one), and the
 * planned site and post of a hire not posted yet.
 */
@Component
class EmployeeOnboarding {

    private final EmployeeAccounts accounts;

    private final PlannedDeployment deployment;

    private final OrganisationManagement organisation;

    EmployeeOnboarding(EmployeeAccounts accounts, PlannedDeployment deployment, OrganisationManagement organisation) {
        this.accounts = accounts;
        this.deployment = deployment;
        this.organisation = organisation;
    }

    void fill(Model model, Employee employee) {
        model.addAttribute("account", accounts.accountOf(employee).orElse(null));
        model.addAttribute("minPasswordLength", accounts.minPasswordLength());
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", AccountForm.blank());
        }
        if (!model.containsAttribute("linkAccount")) {
            model.addAttribute("linkAccount", LinkAccountForm.blank());
        }
        if (!model.containsAttribute("deployForm")) {
            model.addAttribute("deployForm", new PageAction());
        }
        model.addAttribute("plannedPost", deployment.pending(employee)
            .map(plan -> organisation.siteName(new SiteId(plan.getSiteId())) + " · " + plan.getPostName())
            .orElse(null));
    }

}
