package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.garrison.patrols.CheckpointId;
import org.garrison.patrols.PatrolAnomalyReported;
import org.garrison.patrols.PatrolAnomalyReported.AnomalyKind;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.junit.jupiter.api.Test;

/** What an anomaly becomes: the guard's choice, a hazard when an older phone or event does not say. */
class AnomalyKindTests {

    @Test
    void aScanWithoutAKindReportsAHazard() {
        var item = new ScanIngest.Item("s-1", "CP-1", "2026-12-07T20:00:00+08:00", null, null, "门锁坏了", true);

        assertThat(item.kind()).isNull();
        assertThat(item.incidentType()).isNull();
        assertThat(event(null, null).asIncident()).isFalse();
        assertThat(event(AnomalyKind.HAZARD, null).asIncident()).isFalse();
        assertThat(event(AnomalyKind.INCIDENT, "FIRE").asIncident()).isTrue();
    }

    @Test
    void anIncidentTypeIsACodeOfCapitalsAndUnderscores() {
        assertThat(ScanIngest.isTypeCode("INTRUSION")).isTrue();
        assertThat(ScanIngest.isTypeCode("POWER_FAILURE")).isTrue();
        assertThat(ScanIngest.isTypeCode(null)).isFalse();
        assertThat(ScanIngest.isTypeCode("")).isFalse();
        assertThat(ScanIngest.isTypeCode("fire")).isFalse();
        assertThat(ScanIngest.isTypeCode("FIRE; DROP")).isFalse();
        assertThat(ScanIngest.isTypeCode("A".repeat(33))).isFalse();
    }

    private static PatrolAnomalyReported event(AnomalyKind kind, String type) {
        return new PatrolAnomalyReported("s-1", new SiteId(1), new CheckpointId(1), "北门", "门锁坏了", new UserId(1),
                java.time.Instant.EPOCH, kind, type);
    }

}
