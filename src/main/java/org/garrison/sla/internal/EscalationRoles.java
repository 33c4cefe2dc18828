package org.garrison.sla.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The roles an SLA escalation tells: the identity module's roles, picked by name level by level and kept on the
 * policy by code (levels separated by {@code >}, roles within a level by commas).
 */
@Component
public class EscalationRoles {

    private final IdentityManagement identity;

    EscalationRoles(IdentityManagement identity) {
        this.identity = identity;
    }

    /** Every role's code and its name in the language, for the picker. */
    public Map<String, String> choices(Locale locale) {
        return identity.roles(locale);
    }

    /**
     * The levels as a policy keeps them; empty levels are left out, a role named twice in a level counts once.
     *
     * @throws DomainException when no level names a role, or a role is not one of the identity module's
     */
    public String text(List<? extends Collection<String>> levels) {
        var known = identity.roles(Locale.ROOT).keySet();
        var picked = levels.stream()
            .map(level -> level.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList())
            .filter(level -> !level.isEmpty())
            .toList();
        if (picked.isEmpty()) {
            throw new DomainException("sla.policy.escalationNeeded");
        }
        picked.stream().flatMap(List::stream).filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new DomainException("sla.policy.unknownRole", code);
        });
        return picked.stream().map(level -> String.join(",", level)).collect(Collectors.joining(" > "));
    }

}
