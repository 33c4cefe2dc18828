package org.garrison.siteops.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of site operations ({@code garrison.siteops.*}).
 *
 * @param frequentVisits how many earlier entries of the same ID or plate at a site make a frequent visitor
 * @param frequentWindow how far back those entries are counted
 */
@ConfigurationProperties("garrison.siteops")
public record SiteOpsSettings(@DefaultValue("5") int frequentVisits, @DefaultValue("30d") Duration frequentWindow) {
}
