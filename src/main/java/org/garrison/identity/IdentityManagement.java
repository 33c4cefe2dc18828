package org.garrison.identity;

import java.util.Optional;

import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.GarrisonPrincipal;
import org.garrison.identity.internal.GarrisonUserDetailsService;
import org.garrison.identity.internal.SecurityStamps;
import org.garrison.shared.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** What the rest of the application (the web security layer) asks of the identity module. */
@Service
public class IdentityManagement {

    private final ApiTokens tokens;

    private final GarrisonUserDetailsService userDetails;

    private final SecurityStamps stamps;

    IdentityManagement(ApiTokens tokens, GarrisonUserDetailsService userDetails, SecurityStamps stamps) {
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.stamps = stamps;
    }

    /** The user a bearer token stands for; empty for unknown, expired or revoked tokens and disabled or locked users. */
    public Optional<UserDetails> authenticateBearer(String token) {
        return tokens.authenticate(token).map(UserDetails.class::cast);
    }

    /** The names of the user's roles in the given language. */
    public java.util.List<String> roleNames(long userId, java.util.Locale locale) {
        return userDetails.roleNames(userId, locale);
    }

    /**
     * The up-to-date principal for a session's principal: the same object while nothing changed, a
     * reloaded one after an administrator changed the user's roles, scope or their permissions, and
     * empty when the user was disabled or deleted (the session must end).
     */
    public Optional<UserDetails> current(UserDetails principal) {
        if (!(principal instanceof GarrisonPrincipal garrison)) {
            return Optional.of(principal);
        }
        Optional<Long> stamp = stamps.of(garrison.id());
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        if (stamp.get() == garrison.securityStamp()) {
            return Optional.of(principal);
        }
        return userDetails.loadById(garrison.id()).map(UserDetails.class::cast);
    }

    /** The user with this name as a signed-in user looks (e.g. for demo data acting on a user's behalf). */
    public Optional<CurrentUser> user(String username) {
        try {
            return Optional.of((CurrentUser) userDetails.loadUserByUsername(username));
        }
        catch (UsernameNotFoundException ex) {
            return Optional.empty();
        }
    }

}
