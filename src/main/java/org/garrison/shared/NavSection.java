package org.garrison.shared;

/**
 * A section of the main navigation, declared as a bean by the module that brings it (the platform
 * declares the sections every module shares: own work, operations, clients, people, administration).
 * {@link NavEntry NavEntries} name their section by its key.
 *
 * @param key message key of the section's title
 * @param order the section's place in the navigation (lower first); the shared sections use 10 to 50
 */
public record NavSection(String key, int order) {
}
