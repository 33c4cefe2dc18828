package org.garrison.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param tokenLifetime how long a new API token is valid
 * @param tokenCacheTtl how long a checked API token is trusted without asking the database again (0 = never)
 */
@ConfigurationProperties("garrison.security")
public record IdentitySettings(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("30d") Duration tokenLifetime, @DefaultValue("10s") Duration tokenCacheTtl) {
}
