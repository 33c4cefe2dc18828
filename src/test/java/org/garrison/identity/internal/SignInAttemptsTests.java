package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class SignInAttemptsTests {

    @Test
    void keepsWhyASignInFailedAsACodeTheAuditLogNamesNotAsTheExceptionClass() {
        assertThat(SignInAttempts.reason(new BadCredentialsException("x"))).isEqualTo("BAD_CREDENTIALS");
        assertThat(SignInAttempts.reason(new UsernameNotFoundException("x"))).isEqualTo("BAD_CREDENTIALS");
        assertThat(SignInAttempts.reason(new LockedException("x"))).isEqualTo("LOCKED");
        assertThat(SignInAttempts.reason(new DisabledException("x"))).isEqualTo("DISABLED");
        assertThat(SignInAttempts.reason(new CredentialsExpiredException("x"))).isEqualTo("CREDENTIALS_EXPIRED");
        assertThat(SignInAttempts.reason(new InternalAuthenticationServiceException("x"))).isEqualTo("OTHER");
    }

}
