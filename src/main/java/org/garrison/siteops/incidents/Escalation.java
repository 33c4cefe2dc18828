package org.garrison.siteops.incidents;

import java.util.LinkedHashSet;
import java.util.Set;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;

/**
 * Who is told of a new incident at once (SPEC §3.5): the site's team leader, the supervisor and security
 * operations always; from 重大 (MAJOR) on, or for any fire, also management and the client's users of that
 * site. Role holders are narrowed to those whose data scope covers the site. The client is told apart from
 * the company's chain, with a link to the client's own read-only view of the incident.
 */
final class Escalation {

    static final Set<String> CHAIN = Set.of("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");

    static final String CLIENT = "CLIENT";

    private Escalation() {
    }

    /** The company's roles to tell. */
    static Set<String> rolesToTell(IncidentType type, Severity severity) {
        var roles = new LinkedHashSet<>(CHAIN);
        if (isSerious(type, severity)) {
            roles.add("CHAIRMAN");
        }
        return roles;
    }

    /** Whether the client's users of the site are told too. */
    static boolean tellsClient(IncidentType type, Severity severity) {
        return isSerious(type, severity);
    }

    /** Severe incidents need every recipient to acknowledge them. */
    static boolean needsAcknowledgement(Severity severity) {
        return severity.isSevere();
    }

    private static boolean isSerious(IncidentType type, Severity severity) {
        return severity.isSevere() || type == IncidentType.FIRE;
    }

}
