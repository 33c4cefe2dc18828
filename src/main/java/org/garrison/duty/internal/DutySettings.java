package org.garrison.duty.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duty-book settings ({@code garrison.duty.*}).
 *
 * @param acknowledgeWithin a handover the incoming guard has not acknowledged or disputed this long after it was
 *     written alerts the site's team leader
 * @param maxClockSkew a handover dated further than this in the future (a phone's clock) is dated when received
 */
@ConfigurationProperties("garrison.duty")
public record DutySettings(@DefaultValue("30m") Duration acknowledgeWithin, @DefaultValue("5m") Duration maxClockSkew) {
}
