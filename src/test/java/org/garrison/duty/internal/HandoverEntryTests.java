package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The handover book's rules: the incoming guard answers once; nobody hands over to himself; late ones are seen. */
class HandoverEntryTests {

    private static final Instant AT = Instant.parse("2026-12-07T00:00:00Z");

    private static final long OUT = 1;

    private static final long IN = 2;

    private static HandoverEntry entry(Set<HandoverItem> items) {
        return new HandoverEntry("c-1", 11, null, OUT, "马超", IN, "何勇", AT, AT, items, null, " 北门灯坏 ");
    }

    @Test
    void keepsTheItemsHandedOverAndTheTrimmedPendingMatters() {
        var entry = entry(EnumSet.of(HandoverItem.LOGBOOK, HandoverItem.RADIO));
        assertThat(entry.itemSet()).containsExactlyInAnyOrder(HandoverItem.RADIO, HandoverItem.LOGBOOK);
        assertThat(entry.getPending()).isEqualTo("北门灯坏");
        assertThat(entry.getState()).isEqualTo(HandoverEntry.State.WRITTEN);
    }

    @Test
    void anEntryWithNothingHandedOverHasNoItems() {
        assertThat(entry(Set.of()).itemSet()).isEmpty();
    }

    @Test
    void theIncomingGuardAcknowledges() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        entry.acknowledge(IN, AT.plusSeconds(120));
        assertThat(entry.getState()).isEqualTo(HandoverEntry.State.ACKNOWLEDGED);
        assertThat(entry.getAnsweredAt()).isEqualTo(AT.plusSeconds(120));
    }

    @Test
    void acknowledgingTwiceIsRefused() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        entry.acknowledge(IN, AT);
        assertThatThrownBy(() -> entry.acknowledge(IN, AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.alreadyAnswered");
        assertThatThrownBy(() -> entry.dispute(IN, "钥匙少一把", AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.alreadyAnswered");
        assertThat(entry.getState()).isEqualTo(HandoverEntry.State.ACKNOWLEDGED);
    }

    @Test
    void onlyTheIncomingGuardAnswers() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        assertThatThrownBy(() -> entry.acknowledge(OUT, AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.notYours");
        assertThatThrownBy(() -> entry.acknowledge(99, AT)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDisputeSaysWhy() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        assertThatThrownBy(() -> entry.dispute(IN, " ", AT)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.disputeNeedsNote");
        assertThat(entry.getState()).isEqualTo(HandoverEntry.State.WRITTEN);
        entry.dispute(IN, "钥匙少一把", AT);
        assertThat(entry.getState()).isEqualTo(HandoverEntry.State.DISPUTED);
        assertThat(entry.getDisputeNote()).isEqualTo("钥匙少一把");
    }

    @Test
    void nobodyHandsOverToHimself() {
        assertThatThrownBy(() -> new HandoverEntry("c-2", 11, null, OUT, "马超", OUT, "马超", AT, AT, Set.of(), null, null))
            .isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.toOneself");
    }

    @Test
    void anUnansweredEntryIsOverdueOnlyAfterTheWindowAndAlertsOnce() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        Duration window = Duration.ofMinutes(30);
        assertThat(entry.isOverdue(AT.plus(window).minus(window))).as("at the moment it was written").isFalse();
        assertThat(entry.isOverdue(AT.plusSeconds(1))).as("written before the deadline").isTrue();
        assertThat(entry.markAlerted()).isTrue();
        assertThat(entry.markAlerted()).isFalse();
        entry.acknowledge(IN, AT);
        assertThat(entry.isOverdue(AT.plusSeconds(3600))).as("answered").isFalse();
    }

    @Test
    void anOmissionIsLinkedOnce() {
        var entry = entry(EnumSet.allOf(HandoverItem.class));
        entry.linkOmission(" SJ-20261207-002 ", 5);
        assertThat(entry.getOmissionReference()).isEqualTo("SJ-20261207-002");
        assertThat(entry.getOmissionViolationId()).isEqualTo(5);
        assertThatThrownBy(() -> entry.linkOmission("TS-1", 6)).isInstanceOf(DomainException.class)
            .hasMessage("duty.handover.omissionAlreadyLinked");
    }

}
