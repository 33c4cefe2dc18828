package org.garrison.platform.security;

import static org.mockito.Mockito.mock;

import java.util.Optional;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.SignInThrottle;
import org.mockito.Answers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.bean.override.mockito.MockReset;

/**
 * Stands in for the identity module in web slices: sessions stay valid as they are, no bearer token
 * and no user name is known (unless a test stubs the mock, which is reset after each test).
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceIdentity {

    @Bean
    IdentityManagement identityManagement() {
        // Reset after each test like the other slice mocks; the default answer survives the reset.
        return mock(IdentityManagement.class, MockReset.withSettings(MockReset.AFTER).defaultAnswer(call -> switch (call.getMethod().getName()) {
            case "current" -> Optional.of(call.getArgument(0, UserDetails.class));
            case "authenticateBearer" -> Optional.empty();
            default -> Answers.RETURNS_DEFAULTS.answer(call);
        }));
    }

    /** No address is throttled (the sign-in page shows no wait) unless a test stubs the mock. */
    @Bean
    SignInThrottle signInThrottle() {
        return mock(SignInThrottle.class, MockReset.withSettings(MockReset.AFTER));
    }

    @Bean
    UserDetailsService userDetailsService() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }

}
