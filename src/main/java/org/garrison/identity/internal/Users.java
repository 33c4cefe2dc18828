package org.garrison.identity.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration: create, describe, assign roles and scope, reset password, lock state. */
@Service
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{1,49}");

    private final UserRepository users;

    private final RoleRepository roles;

    private final PasswordEncoder encoder;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Users(UserRepository users, RoleRepository roles, PasswordEncoder encoder, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.encoder = encoder;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<User> search(@Nullable String text, Pageable pageable) {
        String pattern = Like.containingLowerCase(text);
        Page<User> page = users.search(pattern, pageable);
        page.forEach(u -> u.getRoles().size());
        return page;
    }

    @Transactional(readOnly = true)
    public User get(long id) {
        return users.findWithRolesById(id).orElseThrow(() -> new NotFoundException("entity.user", id));
    }

    @Transactional
    public User create(NewAccount account) {
        String username = account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("user.usernameInvalid");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new DomainException("user.usernameTaken", username);
        }
        requireAcceptable(account.password(), username);
        requireScopeTarget(account.scopeLevel(), account.scopeRefId());
        var user = new User(username, account.displayName().strip(), encoder.encode(account.password()),
                account.scopeLevel(), account.scopeRefId(), clock.instant());
        user.describe(account.displayName().strip(), blankToNull(account.email()), blankToNull(account.phone()));
        user.assignRoles(rolesById(account.roleIds()));
        users.save(user);
        events.publishEvent(AuditedChange.of("CREATE", "User", user.getId(), username, null, user.snapshot()));
        return user;
    }

    @Transactional
    public void update(long id, AccountChange change) {
        var user = get(id);
        var before = user.snapshot();
        requireScopeTarget(change.scopeLevel(), change.scopeRefId());
        var newRoles = rolesById(change.roleIds());
        if (isSelf(id) && !change.enabled()) {
            throw new DomainException("user.cannotDisableSelf");
        }
        if (isSelf(id) && user.getRoles().stream().anyMatch(r -> "ADMIN".equals(r.getCode()))
                && newRoles.stream().noneMatch(r -> "ADMIN".equals(r.getCode()))) {
            throw new DomainException("user.cannotDropOwnAdmin");
        }
        user.describe(change.displayName().strip(), blankToNull(change.email()), blankToNull(change.phone()));
        user.limitTo(change.scopeLevel(), change.scopeRefId());
        user.assignRoles(newRoles);
        if (change.enabled()) {
            user.enable();
        }
        else {
            user.disable();
        }
        events.publishEvent(AuditedChange.of("UPDATE", "User", id, user.getUsername(), before, user.snapshot()));
    }

    /**
     * Moves the data scope of a user that stands for an employee to the site the employee is now posted at: a
     * user limited to their own records keeps them with the new site (or none); a site user moves to the new site
     * (and keeps the old one when posted nowhere). Other scopes, and an unknown user, are left alone. Audited when
     * it changes.
     */
    @Transactional
    public void followPosting(long id, @Nullable Long siteId) {
        var found = users.findById(id);
        if (found.isEmpty()) {
            return;
        }
        var user = found.get();
        var level = user.getScopeLevel();
        if (level != ScopeLevel.OWN && (level != ScopeLevel.SITE || siteId == null)
                || Objects.equals(user.getScopeRefId(), siteId)) {
            return;
        }
        var before = user.snapshot();
        user.limitTo(level, siteId);
        events.publishEvent(AuditedChange.of("SCOPE_FOLLOWS_POSTING", "User", id, user.getUsername(), before,
                user.snapshot()));
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        var user = get(id);
        requireAcceptable(newPassword, user.getUsername());
        user.changePassword(encoder.encode(newPassword), clock.instant());
        events.publishEvent(AuditedChange.of("PASSWORD_RESET", "User", id, user.getUsername(), null, null));
    }

    /** The signed-in user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        var user = get(id);
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainException("password.currentWrong");
        }
        requireAcceptable(newPassword, user.getUsername());
        user.changePassword(encoder.encode(newPassword), clock.instant());
        events.publishEvent(AuditedChange.of("PASSWORD_CHANGED", "User", id, user.getUsername(), null, null));
    }

    @Transactional
    public void unlock(long id) {
        var user = get(id);
        user.unlock();
        events.publishEvent(AuditedChange.of("UNLOCK", "User", id, user.getUsername(), null, null));
    }

    @Transactional
    public void preferLocale(long id, Locale locale) {
        get(id).preferLocale(locale.toLanguageTag());
    }

    private void requireAcceptable(String password, String username) {
        List<String> problems = PasswordPolicy.violations(password, username);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0), PasswordPolicy.MIN_LENGTH);
        }
    }

    private void requireScopeTarget(ScopeLevel level, @Nullable Long refId) {
        if (level.needsReference() && (refId == null || !organisation.scopeTargetExists(level, refId))) {
            throw new DomainException("user.scopeTargetMissing");
        }
        if (level == ScopeLevel.OWN && refId != null && !organisation.scopeTargetExists(ScopeLevel.SITE, refId)) {
            throw new DomainException("user.scopeTargetMissing");
        }
    }

    private Set<Role> rolesById(Set<Long> ids) {
        if (ids.isEmpty()) {
            throw new DomainException("user.needsRole");
        }
        var found = new HashSet<>(roles.findAllById(ids));
        if (found.size() != ids.size()) {
            throw new DomainException("user.unknownRole");
        }
        return found;
    }

    private static boolean isSelf(long id) {
        return org.garrison.shared.CurrentUser.get().map(u -> u.id() == id).orElse(false);
    }

    public record NewAccount(String username, String displayName, @Nullable String email, @Nullable String phone,
            String password, Set<Long> roleIds, ScopeLevel scopeLevel, @Nullable Long scopeRefId) {
    }

    public record AccountChange(String displayName, @Nullable String email, @Nullable String phone,
            Set<Long> roleIds, ScopeLevel scopeLevel, @Nullable Long scopeRefId, boolean enabled) {
    }

}
