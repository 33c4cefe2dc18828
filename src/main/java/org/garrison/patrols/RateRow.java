package org.garrison.patrols;

/**
 * The completion rate of one guard, site or branch.
 *
 * @param id the user, site or branch id (0 for tours nobody started)
 * @param name the user name, site or branch name
 */
public record RateRow(long id, String name, CompletionRate rate) {
}
