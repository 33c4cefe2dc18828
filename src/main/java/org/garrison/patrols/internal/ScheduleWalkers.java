package org.garrison.patrols.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Who walks a schedule as entered on a page or sent over the API: the user name of a named guard turned into
 * the user's id, and back into names for lists.
 */
@Service
public class ScheduleWalkers {

    private final IdentityManagement identity;

    ScheduleWalkers(IdentityManagement identity) {
        this.identity = identity;
    }

    /**
     * The user id of the named guard, {@code null} when no guard is named; a guard together with a post is
     * refused before the name is looked up, an unknown name is refused.
     */
    public @Nullable Long guard(@Nullable String username, @Nullable Long postId) {
        if (username == null || username.isBlank()) {
            return null;
        }
        if (postId != null) {
            throw new DomainException("patrol.schedule.postAndGuard");
        }
        return identity.user(username.strip()).map(CurrentUser::id)
            .orElseThrow(() -> new DomainException("patrol.wand.unknownGuard", username.strip()));
    }

    /** The user names of the given users, by user id. */
    public Map<Long, String> usernames(Set<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return identity.contacts(userIds.stream().map(UserId::new).collect(Collectors.toSet()), Set.of()).stream()
            .collect(Collectors.toMap(c -> c.id().value(), IdentityManagement.Contact::username));
    }

}
