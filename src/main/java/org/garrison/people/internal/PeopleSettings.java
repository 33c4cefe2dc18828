package org.garrison.people.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param certificateReminderLead how long before a certificate expires HR and training are reminded
 * @param trainingRefresherLead how long before a course pass lapses the trainee is listed as due for a refresher
 */
@ConfigurationProperties("garrison.people")
record PeopleSettings(@DefaultValue("30d") Period certificateReminderLead,
        @DefaultValue("30d") Period trainingRefresherLead) {
}
