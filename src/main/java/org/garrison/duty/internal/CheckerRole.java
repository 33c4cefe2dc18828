package org.garrison.duty.internal;

import java.util.Set;

/**
 * Who checked (S7): the team leader checks his guards, the supervisor and 行政部 (general affairs) spot-check,
 * inspectors (督察) inspect; anyone else given the permission counts as other.
 */
public enum CheckerRole {
    TEAM_LEADER, SUPERVISOR, GENERAL_AFFAIRS, INSPECTOR, OTHER;

    /** The role a checker records as, by his roles: inspector first, then supervisor, general affairs, team leader. */
    static CheckerRole of(Set<String> roleCodes) {
        for (CheckerRole role : new CheckerRole[] { INSPECTOR, SUPERVISOR, GENERAL_AFFAIRS, TEAM_LEADER }) {
            if (roleCodes.contains(role.name())) {
                return role;
            }
        }
        return OTHER;
    }

    public String messageKey() {
        return "duty.check.role." + name();
    }
}
