package org.garrison.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import org.garrison.identity.internal.AddressFailures;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * The per-address throttle in front of every password check. The address is the request's remote address as the
 * servlet container gives it: the load balancer's unless {@code server.forward-headers-strategy} is set and the
 * balancer is among the trusted proxies (docs/operations.md). Failures are counted when Spring Security reports them.
 */
@Service
public class SignInThrottle {

    private final AddressFailures failures;

    SignInThrottle(AddressFailures failures) {
        this.failures = failures;
    }

    /**
     * The given provider behind the throttle: a sign-in from a refused address fails with
     * {@link SignInThrottledException} without the provider (and so the password) being asked.
     */
    public AuthenticationProvider guarding(AuthenticationProvider provider) {
        return new AuthenticationProvider() {

            @Override
            public @Nullable Authentication authenticate(Authentication authentication) {
                String address = addressOf(authentication);
                if (address != null) {
                    Optional<Duration> refused = failures.refusedFor(address);
                    if (refused.isPresent()) {
                        throw new SignInThrottledException(refused.get());
                    }
                }
                return provider.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }

        };
    }

    /** Whole minutes (rounded up) the address is still refused, or empty while it may sign in. */
    public OptionalLong minutesRefused(String address) {
        return failures.refusedFor(address).map(wait -> OptionalLong.of(SignInThrottledException.minutes(wait)))
            .orElse(OptionalLong.empty());
    }

    /** The client address a sign-in came from, when it came over the web. */
    public static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

}
