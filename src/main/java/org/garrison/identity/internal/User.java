package org.garrison.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DataScope;
import org.hibernate.annotations.BatchSize;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/** A person who signs in: staff, guard or client user. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private @Nullable String email;

    private @Nullable String phone;

    private String passwordHash;

    private boolean enabled = true;

    private @Nullable String preferredLocale;

    @Enumerated(EnumType.STRING)
    private ScopeLevel scopeLevel;

    private @Nullable Long scopeRefId;

    private int failedSignIns;

    private @Nullable Instant lockedUntil;

    private @Nullable Instant failedSignInsSince;

    private @Nullable Instant passwordChangedAt;

    private Instant createdAt;

    @ManyToMany
    @BatchSize(size = 50)
    @JoinTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new LinkedHashSet<>();

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, ScopeLevel scopeLevel,
            @Nullable Long scopeRefId, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.scopeLevel = scopeLevel;
        this.scopeRefId = scopeLevel == ScopeLevel.COMPANY ? null : scopeRefId;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    public void describe(String displayName, @Nullable String email, @Nullable String phone) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void limitTo(ScopeLevel level, @Nullable Long refId) {
        this.scopeLevel = level;
        this.scopeRefId = level == ScopeLevel.COMPANY ? null : refId;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedSignIns = 0;
        this.failedSignInsSince = null;
        this.lockedUntil = null;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void preferLocale(@Nullable String locale) {
        this.preferredLocale = locale;
    }

    /**
     * Counts a failed sign-in; the account locks for {@code lockDuration} after {@code maxFailures} within one
     * {@code window} (the window starts with the first failure after the last one ran out). Failures while locked
     * neither count nor extend the lock.
     */
    public void recordFailedSignIn(int maxFailures, Duration window, Duration lockDuration, Instant now) {
        if (isLockedAt(now)) {
            return;
        }
        if (failedSignInsSince == null || !failedSignInsSince.plus(window).isAfter(now)) {
            failedSignInsSince = now;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedSignIns = 0;
            failedSignInsSince = null;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        failedSignInsSince = null;
        lockedUntil = null;
    }

    public void unlock() {
        failedSignIns = 0;
        failedSignInsSince = null;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public DataScope scope() {
        return new DataScope(scopeLevel, scopeRefId, id);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("username", username);
        map.put("displayName", displayName);
        map.put("email", email);
        map.put("phone", phone);
        map.put("enabled", enabled);
        map.put("scope", scopeLevel + (scopeRefId == null ? "" : ":" + scopeRefId));
        map.put("roles", new TreeSet<>(roles.stream().map(Role::getCode).toList()));
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    public ScopeLevel getScopeLevel() {
        return scopeLevel;
    }

    public @Nullable Long getScopeRefId() {
        return scopeRefId;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

}
