package org.garrison.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.BuiltInRoles;
import org.garrison.identity.internal.GarrisonPrincipal;
import org.garrison.identity.internal.GarrisonUserDetailsService;
import org.garrison.identity.internal.PasswordPolicy;
import org.garrison.identity.internal.RoleRepository;
import org.garrison.identity.internal.SecurityStamps;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.UserRepository;
import org.garrison.identity.internal.Users;
import org.garrison.identity.internal.Users.NewAccount;
import org.garrison.shared.ClientId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application asks of the identity module: sign-in state, users and how to reach them. */
@Service
public class IdentityManagement {

    private final ApiTokens tokens;

    private final GarrisonUserDetailsService userDetails;

    private final SecurityStamps stamps;

    private final UserRepository users;

    private final Users accounts;

    private final BuiltInRoles roles;

    private final RoleRepository roleRepository;

    IdentityManagement(ApiTokens tokens, GarrisonUserDetailsService userDetails, SecurityStamps stamps,
            UserRepository users, Users accounts, BuiltInRoles roles, RoleRepository roleRepository) {
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.stamps = stamps;
        this.users = users;
        this.accounts = accounts;
        this.roles = roles;
        this.roleRepository = roleRepository;
    }

    /**
     * Creates a client portal account: the built-in client role, scoped to the client's sites. Audited
     * like an account an administrator creates.
     *
     * @return the new user's id
     * @throws org.garrison.shared.DomainException when the user name is invalid or taken, or the initial
     *     password breaks the password policy
     */
    @Transactional
    public UserId createClientUser(String username, String displayName, @Nullable String email, @Nullable String phone,
            String initialPassword, ClientId clientId) {
        return new UserId(accounts.create(new NewAccount(username, displayName, email, phone, initialPassword,
                Set.of(roles.role("CLIENT").getId()), ScopeLevel.CLIENT, clientId.value())).getId());
    }

    /**
     * Creates the sign-in of a guard at hire: the built-in guard role, the guard's own records (with the site
     * they work at), the password policy of the administrator's user form. Audited like an account an
     * administrator creates.
     *
     * @param site {@code null} while the guard is posted nowhere
     * @return the new user's id
     * @throws org.garrison.shared.DomainException when the user name is invalid or taken, or the initial
     *     password breaks the password policy
     */
    @Transactional
    public UserId createGuardUser(String username, String displayName, @Nullable String phone, String initialPassword,
            @Nullable SiteId site) {
        return new UserId(accounts.create(new NewAccount(username, displayName, null, phone, initialPassword,
                Set.of(roles.role("GUARD").getId()), ScopeLevel.OWN, site == null ? null : site.value())).getId());
    }

    /**
     * The user stands for an employee now posted at this site (none: posted nowhere): a user limited to their own
     * records, or to a site, has their data scope follow (see {@code Users#followPosting}); others keep theirs.
     */
    public void followPosting(UserId user, @Nullable SiteId site) {
        accounts.followPosting(user.value(), site == null ? null : site.value());
    }

    /** The name of the role with this code in the given language; empty when no role has the code. */
    @Transactional(readOnly = true)
    public Optional<String> roleName(String code, Locale locale) {
        return roleRepository.findByCode(code).map(role -> role.name(locale));
    }

    /** Every role's code and its name in the given language, in the order the roles were made (e.g. for a picker). */
    @Transactional(readOnly = true)
    public Map<String, String> roles(Locale locale) {
        var names = new LinkedHashMap<String, String>();
        roleRepository.findAllByOrderByIdAsc().forEach(role -> names.put(role.getCode(), role.name(locale)));
        return names;
    }

    /** The shortest password the password policy accepts (for the forms that say so). */
    public int minPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    /** The user with this name (any case), enabled or not. */
    @Transactional(readOnly = true)
    public Optional<UserId> userIdOf(String username) {
        return users.findByUsernameIgnoreCase(username.strip()).map(u -> new UserId(u.getId()));
    }

    /** The user names of the given users, by id (unknown ids are left out). */
    @Transactional(readOnly = true)
    public Map<UserId, String> usernames(Set<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids.stream().map(UserId::value).toList())
            .stream()
            .collect(Collectors.toMap(u -> new UserId(u.getId()), User::getUsername));
    }

    /**
     * The enabled users among the given ids, and the enabled holders of any of the given roles, each once
     * (e.g. to address a notification).
     */
    @Transactional(readOnly = true)
    public List<Contact> contacts(Set<UserId> userIds, Set<String> roleCodes) {
        var found = new LinkedHashMap<Long, User>();
        Set<Long> ids = userIds.stream().map(UserId::value).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            users.findEnabledByIds(ids).forEach(u -> found.put(u.getId(), u));
        }
        if (!roleCodes.isEmpty()) {
            users.findEnabledWithAnyRole(roleCodes).forEach(u -> found.putIfAbsent(u.getId(), u));
        }
        return found.values().stream().map(u -> new Contact(new UserId(u.getId()), u.getUsername(), u.getEmail(),
                u.getPreferredLocale(), u.scope(), ids.contains(u.getId()))).toList();
    }

    /**
     * The enabled holders of any of the given roles with their display names and data scopes, by display name
     * (e.g. the service staff a work order can be assigned to).
     */
    @Transactional(readOnly = true)
    public List<Holder> holders(Set<String> roleCodes) {
        if (roleCodes.isEmpty()) {
            return List.of();
        }
        return users.findEnabledWithAnyRole(roleCodes)
            .stream()
            .map(u -> new Holder(new UserId(u.getId()), u.getDisplayName(), u.scope()))
            .sorted(java.util.Comparator.comparing(Holder::displayName))
            .toList();
    }

    /** A holder of a role: who, as shown, and where the user's data scope reaches. */
    public record Holder(UserId id, String displayName, DataScope scope) {
    }

    /**
     * How to reach a user.
     *
     * @param email {@code null} when the user has none
     * @param preferredLocale a language tag, {@code null} for the default language
     * @param named whether the user was asked for by id (not only through a role)
     */
    public record Contact(UserId id, String username, @Nullable String email, @Nullable String preferredLocale,
            DataScope scope, boolean named) {
    }

    /** The user a bearer token stands for; empty for unknown, expired or revoked tokens and disabled or locked users. */
    public Optional<UserDetails> authenticateBearer(String token) {
        return tokens.authenticate(token).map(UserDetails.class::cast);
    }

    /** The names of the user's roles in the given language. */
    public List<String> roleNames(UserId userId, Locale locale) {
        return userDetails.roleNames(userId.value(), locale);
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
