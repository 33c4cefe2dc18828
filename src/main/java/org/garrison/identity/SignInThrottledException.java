package org.garrison.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many failures from the caller's address lately. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this address");
        this.retryAfter = retryAfter;
    }

    /** How long the address is still refused. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up (at least 1), as the caller is told. */
    public long retryAfterMinutes() {
        return minutes(retryAfter);
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

}
