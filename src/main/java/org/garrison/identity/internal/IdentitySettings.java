package org.garrison.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API tokens. (Failed sign-ins and the account lock are set in {@link SignInSettings}.)
 *
 * @param tokenLifetime how long a new API token is valid
 * @param tokenCacheTtl how long a checked API token is trusted without asking the database again (0 = never)
 */
@ConfigurationProperties("garrison.security")
public record IdentitySettings(@DefaultValue("30d") Duration tokenLifetime, @DefaultValue("10s") Duration tokenCacheTtl) {
}
