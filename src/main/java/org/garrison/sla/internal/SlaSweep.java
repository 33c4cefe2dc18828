package org.garrison.sla.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaWarningDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the clocks with a warning or breach due (one indexed range read on {@code next_due_at}, in
 * batches), fires them and tells people: a warning goes to the roles of the clock's current escalation
 * level, a breach to the next level up. Each batch is one transaction; a clock changed concurrently makes
 * its batch roll back and be swept again next time.
 */
@Component
public class SlaSweep {

    static final int BATCH = 500;

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Bounds one sweep, so a clock that kept being due could never hold the job forever. */
    private static final int MAX_BATCHES = 1000;

    private final JdbcClient jdbc;

    private final SlaClockRepository clocks;

    private final SlaPolicyRepository policies;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    /** The business time zone, in which a deadline is written into an alert. */
    private final ZoneId zone;

    SlaSweep(JdbcClient jdbc, SlaClockRepository clocks, SlaPolicyRepository policies,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock businessClock) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.policies = policies;
        this.events = events;
        this.transactions = transactions;
        this.zone = businessClock.getZone();
    }

    /** Fires everything due at {@code now}; returns how many warnings and breaches fired. */
    public int sweep(Instant now) {
        int fired = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var ids = jdbc.sql("SELECT id FROM sla_clock WHERE next_due_at <= :now ORDER BY next_due_at LIMIT :limit")
                .param("now", Timestamp.from(now))
                .param("limit", BATCH)
                .query(Long.class)
                .list();
            if (ids.isEmpty()) {
                break;
            }
            Integer count = transactions.execute(status -> fire(ids, now));
            fired += count == null ? 0 : count;
            if (ids.size() < BATCH) {
                break;
            }
        }
        return fired;
    }

    private int fire(List<Long> ids, Instant now) {
        Map<Long, SlaPolicy> policyCache = new HashMap<>();
        int fired = 0;
        for (var clock : clocks.findAllById(ids)) {
            for (var firing : clock.fire(now)) {
                var policy = policyCache.computeIfAbsent(clock.getPolicyId(), id -> policies.findById(id).orElseThrow());
                publish(clock, policy, firing, now);
                fired++;
            }
        }
        return fired;
    }

    private void publish(SlaClock clock, SlaPolicy policy, Firing firing, Instant now) {
        var args = alertArguments(clock, firing);
        if (firing.breach()) {
            events.publishEvent(new SlaBreached(clock.getItemType(), clock.getItemRef(), clock.getCategory(),
                    firing.target(), firing.dueAt(), firing.escalationLevel(), SiteId.ofNullable(clock.getSiteId()), now));
            events.publishEvent(new NotificationRequested("sla.breached", Set.of(),
                    policy.rolesAt(firing.escalationLevel()), SiteId.ofNullable(clock.getSiteId()), "sla.notification.breached", args,
                    null, true, now));
        }
        else {
            events.publishEvent(new SlaWarningDue(clock.getItemType(), clock.getItemRef(), clock.getCategory(),
                    firing.target(), firing.dueAt(), SiteId.ofNullable(clock.getSiteId()), now));
            events.publishEvent(new NotificationRequested("sla.warning", Set.of(),
                    policy.rolesAt(firing.escalationLevel()), SiteId.ofNullable(clock.getSiteId()), "sla.notification.warning", args,
                    null, false, now));
        }
    }

    /**
     * What the alert names, in each recipient's language: the item's type, its reference, its category (each part of
     * a step's {@code GENERAL/RETURN_VISIT}), which deadline and when it is due, in the business time zone.
     */
    List<String> alertArguments(SlaClock clock, Firing firing) {
        String category = Arrays.stream(clock.getCategory().split("/"))
            .map(part -> "#sla.category." + part)
            .collect(Collectors.joining("/"));
        return List.of("#sla.itemType." + clock.getItemType(), clock.getItemRef(), category,
                "#sla.target." + firing.target().name(), DUE.format(firing.dueAt().atZone(zone)));
    }

}
