package org.garrison.siteops.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told of a new incident at once (SPEC §3.5): the site's team leader, the supervisor and security
 * operations always; from 重大 (MAJOR) on, or for any fire, also management and the client's contacts of
 * that site. Role holders are narrowed to those whose data scope covers the site.
 */
final class Escalation {

    static final Set<String> CHAIN = Set.of("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");

    private Escalation() {
    }

    static Set<String> rolesToTell(IncidentType type, Severity severity) {
        var roles = new LinkedHashSet<>(CHAIN);
        if (severity.isSevere() || type == IncidentType.FIRE) {
            roles.add("CHAIRMAN");
            roles.add("CLIENT");
        }
        return roles;
    }

    /** Severe incidents need every recipient to acknowledge them. */
    static boolean needsAcknowledgement(Severity severity) {
        return severity.isSevere();
    }

}
