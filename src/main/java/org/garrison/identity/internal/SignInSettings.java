package org.garrison.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins (the sign-in page and the token endpoint alike) are held back: first by client address, then by
 * account. One address may fail {@code maxFailuresPerAddress} times in a {@code window}; after that it is refused
 * without a password check until its window ends. An account locks for {@code lockDuration} after
 * {@code maxFailuresPerAccount} failures within a window, which must be more than one address can make in any window
 * (twice its limit, as a window can span the end of one of the address's windows and the start of the next): so
 * nobody can lock a known user out from a single address, and a lock always ends.
 *
 * @param maxFailuresPerAddress failed sign-ins one address may make in a window
 * @param maxFailuresPerAccount failed sign-ins within a window that lock an account
 * @param window how long failures count, for an address and for an account
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("garrison.identity.sign-in")
public record SignInSettings(@DefaultValue("10") int maxFailuresPerAddress, @DefaultValue("25") int maxFailuresPerAccount,
        @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

    public SignInSettings {
        if (maxFailuresPerAddress < 1 || maxFailuresPerAccount <= 2 * maxFailuresPerAddress) {
            throw new IllegalArgumentException("garrison.identity.sign-in.max-failures-per-account (" + maxFailuresPerAccount
                    + ") must be more than twice max-failures-per-address (" + maxFailuresPerAddress
                    + "), or a single address could lock a known user out");
        }
    }

}
