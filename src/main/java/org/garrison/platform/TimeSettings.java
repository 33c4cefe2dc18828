package org.garrison.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's business time ({@code garrison.time-zone}): the zone of "today", of day and month
 * boundaries, form numbers, calendars and sweeps, and of every date and time shown, whatever zone the
 * server runs in. Stored instants stay UTC.
 *
 * @param timeZone the business zone, by default China Standard Time
 */
@ConfigurationProperties("garrison")
record TimeSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
