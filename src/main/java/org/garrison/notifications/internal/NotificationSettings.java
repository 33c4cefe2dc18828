package org.garrison.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mailFrom sender address of alert e-mails (the SMTP server itself is {@code spring.mail.host},
 *     e.g. the environment variable {@code SPRING_MAIL_HOST}; without it no e-mail is sent)
 * @param maxAttempts how often an e-mail or robot post is tried before it is given up
 * @param firstRetry wait after the first failure; doubled after each further failure
 * @param longestRetry the longest wait between two attempts
 * @param webhookTimeout connect and response timeout of a robot post
 * @param retryCron when the retry job looks for due deliveries
 * @param baseUrl the application's address, to turn an alert's link into one an e-mail or chat can hold
 */
@ConfigurationProperties("garrison.notifications")
public record NotificationSettings(@DefaultValue("garrison@localhost") String mailFrom,
        @DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("2h") Duration longestRetry, @DefaultValue("5s") Duration webhookTimeout,
        @DefaultValue("0 * * * * *") String retryCron, @DefaultValue("http://localhost:8080") String baseUrl) {

    public BackOff backOff() {
        return new BackOff(maxAttempts, firstRetry, longestRetry);
    }

}
