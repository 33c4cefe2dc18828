package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.DutyGate;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.RosterAssignment;
import org.garrison.people.internal.Training;
import org.garrison.shared.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One employee's record page: certificates, exams with the day each pass lapses, postings and today's
 * duty clearance, with its forms (and the errors of a refused change).
 */
@Component
class EmployeeRecordPage {

    private final Employees employees;

    private final Training training;

    private final Roster roster;

    private final DutyGate gate;

    private final OrganisationManagement organisation;

    private final EmployeeOnboarding onboarding;

    private final Clock clock;

    EmployeeRecordPage(Employees employees, Training training, Roster roster, DutyGate gate, OrganisationManagement organisation,
            EmployeeOnboarding onboarding, Clock clock) {
        this.employees = employees;
        this.training = training;
        this.roster = roster;
        this.gate = gate;
        this.organisation = organisation;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    /**
     * Shows the record; the forms keep what a refused post bound (its model attribute and binding result
     * are in the model already), else start from the record.
     */
    String render(Model model, long id) {
        var scope = CurrentUser.require().scope();
        var employee = employees.get(scope, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("employee", employee);
        Long postId = employee.getPostId();
        model.addAttribute("post", postId == null ? null
                : organisation.postsIn(scope).stream().filter(p -> p.id().value() == postId).findFirst().orElse(null));
        model.addAttribute("certificates", employees.certificates(id));
        model.addAttribute("results", training.results(id));
        model.addAttribute("courses", training.courses());
        var postings = roster.history(id);
        model.addAttribute("postings", postings);
        model.addAttribute("clearance", gate.clearance(id, today));
        model.addAttribute("today", today);
        var siteIds = new ArrayList<Long>(postings.stream().map(RosterAssignment::getSiteId).toList());
        siteIds.add(employee.getSiteId());
        model.addAttribute("siteNames", organisation.siteNamesById(siteIds));
        model.addAttribute("branchNames", organisation.branchNamesById());
        if (!model.containsAttribute("contacts")) {
            model.addAttribute("contacts", ContactsForm.of(employee));
        }
        if (!model.containsAttribute("certificate")) {
            model.addAttribute("certificate", CertificateForm.blank());
        }
        if (!model.containsAttribute("heightForm")) {
            model.addAttribute("heightForm", new HeightForm(employee.getHeightCm()));
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm(employee.getStatus()));
        }
        onboarding.fill(model, employee);
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("statuses", EmployeeStatus.values());
        return "people/employee";
    }

}
