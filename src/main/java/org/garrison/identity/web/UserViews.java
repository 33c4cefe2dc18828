package org.garrison.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.garrison.identity.internal.ApiToken;
import org.garrison.identity.internal.Role;
import org.garrison.identity.internal.User;
import org.garrison.organisation.OrganisationManagement;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Turns accounts, roles and tokens into the records that pages and the API show. */
@Component
class UserViews {

    private final OrganisationManagement organisation;

    private final Clock clock;

    UserViews(OrganisationManagement organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    ScopeTargets scopeTargets() {
        return ScopeTargets.of(organisation);
    }

    Page<UserSummary> summaries(Page<User> users, Locale locale) {
        var targets = scopeTargets();
        Instant now = clock.instant();
        return users.map(user -> summary(user, targets, now, locale));
    }

    UserSummary summary(User user, Locale locale) {
        return summary(user, scopeTargets(), clock.instant(), locale);
    }

    List<UserSummary.RoleRef> roles(List<Role> roles, Locale locale) {
        return roles.stream().map(role -> new UserSummary.RoleRef(role.getId(), role.getCode(), role.name(locale))).toList();
    }

    List<TokenView> tokens(List<ApiToken> tokens) {
        Instant now = clock.instant();
        return tokens.stream().map(token -> TokenView.of(token, now)).toList();
    }

    private UserSummary summary(User user, ScopeTargets targets, Instant now, Locale locale) {
        var roles = roles(user.getRoles().stream().sorted(Comparator.comparing(Role::getId)).toList(), locale);
        var scope = new UserSummary.Scope(user.getScopeLevel(), user.getScopeRefId(),
                targets.nameOf(user.getScopeLevel(), user.getScopeRefId()));
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getPhone(),
                roles, scope, user.isEnabled(), user.getLockedUntil(), user.isLockedAt(now));
    }

}
