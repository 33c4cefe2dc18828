package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaManagement;
import org.garrison.sla.SlaTarget;
import org.garrison.sla.SlaWarningDue;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class SlaSweepIntegrationTests {

    @Autowired
    SlaManagement sla;

    @Autowired
    SlaSweep sweep;

    @Autowired
    SlaClockRepository clocks;

    @Autowired
    ApplicationEvents events;

    final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    static String ref() {
        return "T-" + UUID.randomUUID();
    }

    @Test
    void dueClocksAreFoundFiredAndMarkedOnceWithEventsAndNotifications() {
        var nearing = ref();
        var late = ref();
        var fresh = ref();
        sla.start("WORK_ORDER", nearing, "ELECTRICAL_FAULT", now.minus(Duration.ofMinutes(25)), new SiteId(1));
        sla.start("WORK_ORDER", late, "ELECTRICAL_FAULT", now.minus(Duration.ofMinutes(31)), new SiteId(1));
        sla.start("WORK_ORDER", fresh, "ELECTRICAL_FAULT", now, new SiteId(1));

        sweep.sweep(now);

        assertThat(events.stream(SlaWarningDue.class).filter(e -> e.itemRef().equals(nearing)))
            .singleElement().extracting(SlaWarningDue::target).isEqualTo(SlaTarget.RESPONSE);
        assertThat(events.stream(SlaBreached.class).filter(e -> e.itemRef().equals(late)))
            .singleElement().extracting(SlaBreached::escalationLevel).isEqualTo(1);
        assertThat(events.stream(SlaWarningDue.class).filter(e -> e.itemRef().equals(late))).isEmpty();
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.args().contains(nearing)))
            .singleElement()
            .satisfies(n -> assertThat(n.kind()).isEqualTo("sla.warning"))
            .satisfies(n -> assertThat(n.roleCodes()).as("work orders tell logistics").containsExactly("LOGISTICS"));
        assertThat(events.stream(NotificationRequested.class).filter(n -> n.args().contains(late)))
            .singleElement()
            .satisfies(n -> assertThat(n.kind()).isEqualTo("sla.breached"))
            .satisfies(n -> assertThat(n.roleCodes()).as("then logistics and management").containsExactlyInAnyOrder("LOGISTICS", "CHAIRMAN"))
            .satisfies(n -> assertThat(n.needsAcknowledgement()).isTrue())
            .satisfies(n -> assertThat(n.args()).as("codes as message keys, the deadline in Shanghai time")
                .containsExactly("#sla.itemType.WORK_ORDER", late, "#sla.category.ELECTRICAL_FAULT", "#sla.target.RESPONSE",
                        events.stream(SlaBreached.class).filter(e -> e.itemRef().equals(late)).findFirst().orElseThrow()
                            .dueAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        assertThat(events.stream(SlaWarningDue.class).filter(e -> e.itemRef().equals(fresh))).isEmpty();
        assertThat(sla.clockOf("WORK_ORDER", late)).get()
            .satisfies(c -> assertThat(c.responseBreached()).isTrue())
            .satisfies(c -> assertThat(c.escalationLevel()).isEqualTo(1));

        events.clear();
        sweep.sweep(now.plusSeconds(30));

        assertThat(events.stream(SlaWarningDue.class).filter(e -> e.itemRef().equals(nearing))).isEmpty();
        assertThat(events.stream(SlaBreached.class).filter(e -> e.itemRef().equals(late))).isEmpty();
    }

    @Test
    void pausedAndResolvedClocksAreNotSwept() {
        var held = ref();
        var done = ref();
        sla.start("WORK_ORDER", held, "ELECTRICAL_FAULT", now.minus(Duration.ofMinutes(10)), null);
        sla.start("WORK_ORDER", done, "ELECTRICAL_FAULT", now.minus(Duration.ofMinutes(10)), null);
        sla.pause("WORK_ORDER", held, now.minus(Duration.ofMinutes(5)));
        sla.resolved("WORK_ORDER", done, now.minus(Duration.ofMinutes(4)));

        sweep.sweep(now.plus(Duration.ofDays(3)));

        assertThat(events.stream(SlaBreached.class).filter(e -> e.itemRef().equals(held) || e.itemRef().equals(done)))
            .isEmpty();
        assertThat(clocks.findByItemTypeAndItemRef("WORK_ORDER", held)).get()
            .extracting(SlaClock::getNextDueAt).isNull();
    }

}
