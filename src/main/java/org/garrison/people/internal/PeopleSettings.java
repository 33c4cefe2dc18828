package org.garrison.people.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param certificateReminderLead how long before a certificate expires HR and training are reminded
 */
@ConfigurationProperties("garrison.people")
record PeopleSettings(@DefaultValue("30d") Period certificateReminderLead) {
}
