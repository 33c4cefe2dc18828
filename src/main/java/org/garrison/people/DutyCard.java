package org.garrison.people;

/**
 * What may be shown of a guard on duty to the people relying on him (a team leader, a client): the name and
 * whether the guard licence (保安员证) is valid on the day asked about.
 */
public record DutyCard(EmployeeId employee, String fullName, boolean licenceValid) {
}
