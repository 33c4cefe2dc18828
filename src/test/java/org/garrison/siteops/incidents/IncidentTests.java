package org.garrison.siteops.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.garrison.shared.DomainException;
import org.garrison.siteops.incidents.Incident.Completion;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;

class IncidentTests {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void newIncidentIsOpenAndOnlyTheftFireOrASecurityAccidentCancelBonuses() {
        assertThat(incident(IncidentType.POWER_FAILURE).getStatus()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident(IncidentType.POWER_FAILURE).cancelsBonus()).isFalse();
        assertThat(incident(IncidentType.THEFT).cancelsBonus()).isTrue();
        assertThat(incident(IncidentType.FIRE).cancelsBonus()).isTrue();
        var medical = incident(IncidentType.MEDICAL);
        medical.complete(new Completion(Severity.SERIOUS, true, "访客一名", false, null, null, null));
        assertThat(medical.cancelsBonus()).isTrue();
    }

    @Test
    void refusesAnIncidentThatHappensInTheFuture() {
        assertThatThrownBy(() -> new Incident("SJ-1", 1, IncidentType.OTHER, Severity.MINOR, "大堂", "异常",
                NOW.plusSeconds(3600), NOW, 7, "保安员"))
            .isInstanceOf(DomainException.class)
            .hasMessage("siteops.incident.occurredInFuture");
    }

    @Test
    void anIncidentNeverHappensAfterItsReportThoughAPhoneClockAFewMinutesAheadIsTolerated() {
        var early = new Incident("SJ-1", 1, IncidentType.OTHER, Severity.MINOR, "大堂", "异常", NOW.minusSeconds(1800), NOW, 7, "保安员");
        assertThat(early.getOccurredAt()).isEqualTo(NOW.minusSeconds(1800));
        assertThat(early.getReportedAt()).isEqualTo(NOW);
        var ahead = new Incident("SJ-2", 1, IncidentType.OTHER, Severity.MINOR, "大堂", "异常", NOW.plusSeconds(120), NOW, 7, "保安员");
        assertThat(ahead.getOccurredAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> new Incident("SJ-3", 1, IncidentType.OTHER, Severity.MINOR, "大堂", "异常",
                NOW.plusSeconds(301), NOW, 7, "保安员"))
            .hasMessage("siteops.incident.occurredInFuture");
    }

    @Test
    void completionKeepsPoliceCaseNumberAndLossesButRefusesACaseNumberWithoutPolice() {
        var incident = incident(IncidentType.THEFT);
        incident.complete(new Completion(Severity.MAJOR, false, "嫌疑人一名", true, " 深公福警 2026-118 ",
                new BigDecimal("3200.00"), "电动车一辆"));
        assertThat(incident.getPoliceCaseNumber()).isEqualTo("深公福警 2026-118");
        assertThat(incident.getSeverity()).isEqualTo(Severity.MAJOR);
        assertThat(incident.getLossAmount()).isEqualByComparingTo("3200");

        assertThatThrownBy(() -> incident.complete(new Completion(Severity.MAJOR, false, null, false, "X-1", null, null)))
            .hasMessage("siteops.incident.caseNumberWithoutPolice");
        assertThatThrownBy(() -> incident.complete(new Completion(Severity.MAJOR, false, null, true, null,
                new BigDecimal("-1"), null)))
            .hasMessage("siteops.incident.negativeLoss");
        assertThat(incident.getPoliceCaseNumber()).isEqualTo("深公福警 2026-118");
    }

    @Test
    void closingNeedsAReviewAndAClosedIncidentNoLongerChanges() {
        var incident = incident(IncidentType.FIRE);
        assertThatThrownBy(() -> incident.close("  ", NOW)).hasMessage("siteops.incident.reviewRequired");
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);

        incident.close("灭火器使用及时，无人员伤亡", NOW);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.getClosedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> incident.close("再次结案", NOW)).hasMessage("siteops.incident.closed");
        assertThatThrownBy(() -> incident.complete(new Completion(Severity.MINOR, false, null, false, null, null, null)))
            .hasMessage("siteops.incident.closed");
        assertThatThrownBy(incident::requireOpen).isInstanceOf(DomainException.class);
    }

    private static Incident incident(IncidentType type) {
        return new Incident("SJ-20261121-001", 1, type, Severity.MINOR, "营业厅", "情况说明", NOW.minusSeconds(60), NOW, 7,
                "保安员 马超");
    }

}
