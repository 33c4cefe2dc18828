package org.garrison.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackOffTests {

    private final BackOff backOff = new BackOff(8, Duration.ofMinutes(1), Duration.ofHours(2));

    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void waitDoublesAfterEachFailure() {
        assertThat(backOff.nextAttempt(1, now)).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(backOff.nextAttempt(2, now)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(backOff.nextAttempt(3, now)).contains(now.plus(Duration.ofMinutes(4)));
        assertThat(backOff.nextAttempt(7, now)).contains(now.plus(Duration.ofMinutes(64)));
    }

    @Test
    void waitNeverExceedsTheLongest() {
        var shortCap = new BackOff(20, Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(shortCap.nextAttempt(5, now)).contains(now.plus(Duration.ofMinutes(10)));
        assertThat(shortCap.nextAttempt(19, now)).contains(now.plus(Duration.ofMinutes(10)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(backOff.nextAttempt(8, now)).isEmpty();
    }

    @Test
    void deliveryIsGivenUpAfterEightFailedAttemptsAndKeepsTheLastError() {
        var delivery = new Delivery(null, Channel.WEBHOOK, "sla.breached", "http://robot", "s", "{}", now);
        for (int i = 1; i <= 7; i++) {
            delivery.failed("HTTP 500 #" + i, now, backOff);
            assertThat(delivery.getStatus()).isEqualTo(Delivery.Status.PENDING);
        }
        delivery.failed("HTTP 500 #8", now, backOff);
        assertThat(delivery.getStatus()).isEqualTo(Delivery.Status.FAILED);
        assertThat(delivery.getAttempts()).isEqualTo(8);
        assertThat(delivery.getLastError()).isEqualTo("HTTP 500 #8");
        assertThat(delivery.getNextAttemptAt()).isNull();
    }

    @Test
    void sentDeliveryForgetsItsLastError() {
        var delivery = new Delivery(null, Channel.EMAIL, "sla.breached", "a@example.com", "s", "b", now);
        delivery.failed("refused", now, backOff);
        delivery.sent(now.plusSeconds(60));
        assertThat(delivery.getStatus()).isEqualTo(Delivery.Status.SENT);
        assertThat(delivery.getAttempts()).isEqualTo(2);
        assertThat(delivery.getLastError()).isNull();
    }

}
