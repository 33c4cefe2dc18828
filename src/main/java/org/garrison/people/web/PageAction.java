package org.garrison.people.web;

/**
 * A button that changes something and carries no fields (advance an applicant, release a guard): bound so that
 * a refusal from the domain is reported like any form's, {@code errors.reject(key, args, …)}, and shown on the page.
 */
record PageAction() {
}
