package org.garrison.notifications.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tries e-mails and robot posts and records the outcome of each attempt; a failure never propagates:
 * it is kept as the delivery's last error with the time of the next attempt.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private static final int BATCH = 200;

    private final DeliveryRepository deliveries;

    private final Senders senders;

    private final NotificationSettings settings;

    private final Clock clock;

    Outbox(DeliveryRepository deliveries, Senders senders, NotificationSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tries each delivery once now. */
    @Transactional
    public void attempt(List<Delivery> batch) {
        batch.forEach(this::attempt);
    }

    /** Tries every delivery whose next attempt is due; returns how many were tried. */
    @Transactional
    public int retryDue() {
        var due = deliveries.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(Delivery.Status.PENDING,
                clock.instant(), Limit.of(BATCH));
        due.forEach(this::attempt);
        return due.size();
    }

    /** The latest deliveries, for the administrator's screen. */
    @Transactional(readOnly = true)
    public List<Delivery> latest() {
        return deliveries.findTop50ByOrderByIdDesc();
    }

    private void attempt(Delivery delivery) {
        try {
            senders.send(delivery);
            delivery.sent(clock.instant());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            delivery.failed("interrupted", clock.instant(), settings.backOff());
        }
        catch (Exception ex) {
            log.warn("Delivery {} by {} failed (attempt {}): {}", delivery.getId(), delivery.getChannel(),
                    delivery.getAttempts() + 1, ex.toString());
            delivery.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant(), settings.backOff());
        }
        deliveries.save(delivery);
    }

}
