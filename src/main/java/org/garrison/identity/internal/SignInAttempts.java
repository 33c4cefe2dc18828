package org.garrison.identity.internal;

import java.time.Clock;
import java.util.Map;

import org.garrison.identity.SignInThrottle;
import org.garrison.identity.SignInThrottledException;
import org.garrison.shared.AuditedChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per client address (for the throttle) and per account (locking it after too many within a
 * window, {@link SignInSettings}), and records every sign-in and failure in the audit log. Attempts the throttle refused
 * before any password check are neither counted nor audited (only logged), so that they cannot flood the audit log.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserRepository users;

    private final SignInSettings settings;

    private final AddressFailures addresses;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SignInAttempts(UserRepository users, SignInSettings settings, AddressFailures addresses,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof GarrisonPrincipal principal)) {
            return;
        }
        users.findById(principal.id()).ifPresent(User::recordSuccessfulSignIn);
        events.publishEvent(new AuditedChange(clock.instant(), principal.id(), principal.username(), "SIGN_IN",
                "User", String.valueOf(principal.id()), principal.displayName(), null, null));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String address = SignInThrottle.addressOf(event.getAuthentication());
        if (event.getException() instanceof SignInThrottledException) {
            log.warn("Sign-in for '{}' from {} refused: too many failures from that address", username, address);
            return;
        }
        String reason = reason(event.getException());
        log.warn("Failed sign-in for '{}' from {}: {}", username, address, reason);
        if (address != null) {
            addresses.record(address);
        }
        var user = users.findByUsernameIgnoreCase(username.trim());
        user.ifPresent(u -> u.recordFailedSignIn(settings.maxFailuresPerAccount(), settings.window(),
                settings.lockDuration(), clock.instant()));
        events.publishEvent(new AuditedChange(clock.instant(), user.map(User::getId).orElse(null),
                abbreviate(username), "SIGN_IN_FAILED", "User", user.map(u -> String.valueOf(u.getId())).orElse(null),
                reason, null, Map.of("lockedUntil", user.map(User::getLockedUntil).map(String::valueOf).orElse("-"))));
    }

    /**
     * Why a sign-in failed, as the code the audit log keeps as the entry's summary (shown in the reader's language
     * through {@code identity.signInFailure.}; older entries hold the exception's class name, named there too).
     */
    static String reason(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException || failure instanceof UsernameNotFoundException) {
            return "BAD_CREDENTIALS";
        }
        if (failure instanceof LockedException) {
            return "LOCKED";
        }
        if (failure instanceof DisabledException) {
            return "DISABLED";
        }
        if (failure instanceof AccountExpiredException) {
            return "ACCOUNT_EXPIRED";
        }
        return failure instanceof CredentialsExpiredException ? "CREDENTIALS_EXPIRED" : "OTHER";
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

}
