package org.garrison.platform.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.garrison.identity.IdentityManagement;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Stands in for the identity module in web slices: sessions stay valid as they are, no bearer token
 * and no user name is known.
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceIdentity {

    @Bean
    IdentityManagement identityManagement() {
        var identity = mock(IdentityManagement.class);
        when(identity.current(any())).thenAnswer(call -> Optional.of(call.getArgument(0, UserDetails.class)));
        when(identity.authenticateBearer(anyString())).thenReturn(Optional.empty());
        return identity;
    }

    @Bean
    UserDetailsService userDetailsService() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }

}
