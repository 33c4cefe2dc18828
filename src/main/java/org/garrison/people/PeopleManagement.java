package org.garrison.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.people.internal.DutyCandidates;
import org.garrison.people.internal.DutyCards;
import org.garrison.people.internal.DutyGate;
import org.garrison.people.internal.EmployeeStatus;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of people: whether an employee may be put on duty (the on-duty gate), posting
 * a cleared guard, which employee a user is and which post they hold.
 */
@Service
@Transactional
public class PeopleManagement {

    private final DutyGate gate;

    private final Roster roster;

    private final Employees employees;

    private final PeopleQueries queries;

    private final DutyCandidates candidates;

    private final DutyCards cards;

    PeopleManagement(DutyGate gate, Roster roster, Employees employees, PeopleQueries queries, DutyCandidates candidates,
            DutyCards cards) {
        this.gate = gate;
        this.candidates = candidates;
        this.roster = roster;
        this.employees = employees;
        this.queries = queries;
        this.cards = cards;
    }

    /**
     * Whether the employee may be put on duty on a day, and every reason why not.
     *
     * @throws NotFoundException when there is no such employee
     */
    @Transactional(readOnly = true)
    public DutyClearance clearance(EmployeeId employee, LocalDate day) {
        return gate.clearance(employee.value(), day);
    }

    /**
     * Whether the employee may be put on duty on a day at a given post (its required certificates checked instead
     * of those of the post they hold now; none checked for no post), and every reason why not.
     *
     * @throws NotFoundException when there is no such employee
     */
    @Transactional(readOnly = true)
    public DutyClearance clearance(EmployeeId employee, LocalDate day, @Nullable PostId post) {
        return gate.clearance(employee.value(), day, post == null ? null : post.value());
    }

    /**
     * The on-duty gate for these employees, read at once: for checking a roster's month of shifts without a query per
     * shift. Answers as of now; read a new book after a change.
     */
    @Transactional(readOnly = true)
    public ClearanceBook clearances(Collection<EmployeeId> employees) {
        return gate.book(employees);
    }

    /** The employed staff a data scope covers (a guard's scope: only themselves), for rosters, by id. */
    @Transactional(readOnly = true)
    public List<DutyCandidate> dutyCandidates(DataScope scope) {
        return candidates.in(scope);
    }

    /** Refuses with the gate's first reason unless the employee may be put on duty today. */
    @Transactional(readOnly = true)
    public void requireClearedForDuty(EmployeeId employee) {
        var clearance = gate.clearanceToday(employee.value());
        if (!clearance.cleared()) {
            var first = clearance.refusals().get(0);
            throw new DomainException(first.messageKey(), first.args().toArray());
        }
    }

    /**
     * Posts the employee at a site (and post) from a day, as the signed-in user, ending their current
     * posting (kept as history).
     *
     * @throws DomainException with the gate's reason when the employee may not be put on duty
     * @throws NotFoundException when the employee or site is outside the user's scope
     */
    public void assignToPost(CurrentUser user, EmployeeId employee, SiteId site, @Nullable PostId post, LocalDate since) {
        roster.assign(user.scope(), employee.value(), site.value(), post == null ? null : post.value(), since);
    }

    /**
     * The post that the employee linked to a user account held on a day (a posting covers the days from
     * its start until the day it ended, exclusive); empty when the user is no employee or was not posted
     * at a post that day.
     */
    @Transactional(readOnly = true)
    public Optional<PostId> postOfUser(UserId user, LocalDate day) {
        return Optional.ofNullable(employees.ofUser(user.value()))
            .flatMap(employee -> roster.postOn(employee.getId(), day))
            .map(PostId::new);
    }

    /** The employee record linked to a user account, if any. */
    @Transactional(readOnly = true)
    public Optional<EmployeeId> employeeOfUser(UserId user) {
        return employees.idOfUser(user.value()).map(EmployeeId::new);
    }

    /**
     * The active employees posted at a site, by name: whom a guard hands over to, whom a post check finds.
     * The caller checks that the site is in its user's scope; a guard's own scope would show only himself.
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleaguesAt(SiteId site) {
        return queries.employees(DataScope.company(0), site.value(), null)
            .stream()
            .filter(e -> e.getStatus() == EmployeeStatus.ACTIVE)
            .map(e -> new Colleague(new EmployeeId(e.getId()), e.getFullName()))
            .toList();
    }

    /**
     * An employee's full name.
     *
     * @throws NotFoundException when there is no such employee
     */
    @Transactional(readOnly = true)
    public String nameOf(EmployeeId employee) {
        return employees.get(DataScope.company(0), employee.value()).getFullName();
    }

    /** An active employee at a site, by name. */
    public record Colleague(EmployeeId id, String name) {
    }

    /**
     * Name and guard-licence validity on a day of each employee asked about, in one query; unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<EmployeeId, DutyCard> dutyCards(Collection<EmployeeId> employees, LocalDate day) {
        return cards.of(employees, day);
    }

}
