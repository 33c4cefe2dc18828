package org.garrison.shared;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One link of the main navigation. Modules declare their entries as beans; the navigation shows an
 * entry to users holding its permission (or to every signed-in user when it has none) whose data scope
 * is one of the entry's scope levels.
 *
 * @param section message key of the menu section the entry belongs to
 * @param labelKey message key of the link text
 * @param href the link target
 * @param permission needed to see the entry, or {@code null} for everyone signed in
 * @param order position within the section
 * @param scopes the scope levels the entry is made for (e.g. "My sites" for a team leader, guard or
 *     client; the organisation tree for company- and branch-wide users)
 */
public record NavEntry(String section, String labelKey, String href, @Nullable Permission permission, int order,
        Set<ScopeLevel> scopes) {

    public NavEntry {
        scopes = scopes.isEmpty() ? EnumSet.allOf(ScopeLevel.class) : EnumSet.copyOf(scopes);
    }

    /** An entry for users of every scope. */
    public NavEntry(String section, String labelKey, String href, @Nullable Permission permission, int order) {
        this(section, labelKey, href, permission, order, EnumSet.allOf(ScopeLevel.class));
    }

    /** Whether the user sees this entry. */
    public boolean isVisibleTo(CurrentUser user) {
        return (permission == null || user.can(permission)) && scopes.contains(user.scope().level());
    }

}
