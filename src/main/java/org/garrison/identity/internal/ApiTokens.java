package org.garrison.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.shared.AfterCommit;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, checks and revokes API bearer tokens. A token is shown once when issued; only its SHA-256
 * hash is stored, so a copy of the database gives nobody a usable token.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "gar_";

    private final SecureRandom random = new SecureRandom();

    private final ApiTokenRepository tokens;

    private final GarrisonUserDetailsService userDetails;

    private final IdentitySettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate transaction;

    private final TokenCache recent;

    ApiTokens(ApiTokenRepository tokens, GarrisonUserDetailsService userDetails, IdentitySettings settings,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.recent = new TokenCache(settings.tokenCacheTtl());
    }

    /** A new token for the user; the returned value is the only copy of the secret. */
    @Transactional
    public IssuedToken issue(long userId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Duration lifetime = settings.tokenLifetime();
        var token = tokens.save(new ApiToken(userId, name.isBlank() ? "api" : name.strip(), hash(value), now,
                now.plus(lifetime)));
        events.publishEvent(AuditedChange.of("TOKEN_ISSUED", "ApiToken", token.getId(), token.getName(), null,
                Map.of("userId", userId, "expiresAt", token.getExpiresAt().toString())));
        return new IssuedToken(token.getId(), value, token.getExpiresAt());
    }

    /**
     * The principal a bearer token stands for, if the token exists, is not revoked or expired and its user may
     * sign in. A token checked in the last seconds is answered from memory (see {@link TokenCache}).
     */
    public Optional<GarrisonPrincipal> authenticate(String value) {
        if (!value.startsWith(PREFIX) || value.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(value);
        var known = recent.get(hash, now);
        if (known.isPresent()) {
            return known;
        }
        var checked = transaction.execute(status -> tokens.findByTokenHash(hash)
            .filter(token -> token.isUsableAt(now))
            .flatMap(token -> {
                token.usedAt(now);
                return userDetails.loadById(token.getUserId())
                    .filter(GarrisonPrincipal::isAccountNonLocked)
                    .map(principal -> new Checked(principal, token.getExpiresAt()));
            }));
        if (checked == null || checked.isEmpty()) {
            return Optional.empty();
        }
        recent.put(hash, checked.get().principal(), checked.get().expiresAt(), now);
        return Optional.of(checked.get().principal());
    }

    /**
     * A change to a user, a role or a token may change what a remembered token's user may do: forget them all,
     * now and once the change is committed (a request running meanwhile may have read the old rows again).
     */
    @EventListener
    void onIdentityChange(AuditedChange change) {
        if ("User".equals(change.entityType()) || "Role".equals(change.entityType())
                || "ApiToken".equals(change.entityType())) {
            recent.clear();
            AfterCommit.run(recent::clear);
        }
    }

    @Transactional(readOnly = true)
    public List<ApiToken> ofUser(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the user's tokens. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        var token = tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new NotFoundException("entity.apiToken", tokenId));
        if (token.getRevokedAt() != null) {
            throw new DomainException("token.alreadyRevoked");
        }
        token.revoke(clock.instant());
        recent.evict(token.getTokenHash());
        events.publishEvent(AuditedChange.of("TOKEN_REVOKED", "ApiToken", tokenId, token.getName(),
                Map.of("revoked", false), Map.of("revoked", true)));
    }

    /** Revokes the token with this value (used by a client signing itself out). */
    @Transactional
    public void revokeValue(String value) {
        recent.evict(hash(value));
        tokens.findByTokenHash(hash(value)).ifPresent(token -> {
            token.revoke(clock.instant());
            events.publishEvent(AuditedChange.of("TOKEN_REVOKED", "ApiToken", token.getId(), token.getName(),
                    Map.of("revoked", false), Map.of("revoked", true)));
        });
    }

    /** Deletes tokens that expired or were revoked before the cut-off. */
    @Transactional
    public int purgeDeadBefore(Instant cutoff) {
        return tokens.deleteDeadBefore(cutoff);
    }

    static String hash(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private record Checked(GarrisonPrincipal principal, Instant expiresAt) {
    }

    public record IssuedToken(long id, String value, Instant expiresAt) {
    }

}
