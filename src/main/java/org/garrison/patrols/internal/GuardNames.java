package org.garrison.patrols.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.UserId;
import org.springframework.stereotype.Component;

/** The display names of guards (their user name when the account has no display name), by user id. */
@Component
class GuardNames {

    private final IdentityManagement identity;

    GuardNames(IdentityManagement identity) {
        this.identity = identity;
    }

    Map<Long, String> of(Set<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<Long, String>();
        identity.contacts(userIds.stream().map(UserId::new).collect(Collectors.toSet()), Set.of())
            .forEach(c -> names.put(c.id().value(), identity.user(c.username())
                .map(CurrentUser::displayName)
                .filter(n -> !n.isBlank())
                .orElse(c.username())));
        return names;
    }

}
