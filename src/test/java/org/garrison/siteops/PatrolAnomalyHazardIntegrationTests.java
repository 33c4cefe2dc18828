package org.garrison.siteops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.CheckpointId;
import org.garrison.patrols.PatrolAnomalyReported;
import org.garrison.shared.UserId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

// Same configuration as the MockMvc tests, so that all of them share one cached context.
@IntegrationTest
class PatrolAnomalyHazardIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anomalyAGuardReportsOnATourBecomesOneHazardOfTheSiteEvenWhenDeliveredTwice() {
        var site = organisation.siteByCode("S101").orElseThrow();
        long guard = jdbc.sql("select id from app_user where username = 'guard'").query(Long.class).single();
        String scanId = UUID.randomUUID().toString();
        var anomaly = new PatrolAnomalyReported(scanId, site, new CheckpointId(1), "金库通道门", "通道门闭门器损坏，门无法自动关闭", new UserId(guard),
                Instant.now(), null, null);

        transactions.executeWithoutResult(s -> events.publishEvent(anomaly));
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardsOf(scanId) == 1);
        transactions.executeWithoutResult(s -> events.publishEvent(anomaly));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> hazardsOf(scanId) == 1);
        var hazard = jdbc.sql("select site_id, title, description, status from so_hazard where patrol_scan_id = ?")
            .param(scanId)
            .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) })
            .single();
        assertThat(hazard).containsExactly(site.value(), "巡逻异常：金库通道门", "通道门闭门器损坏，门无法自动关闭", "OPEN");
    }

    @Test
    void anomalyReportedAsAnIncidentBecomesOneIncidentInTheGuardsNameAtTheScansTimeEvenWhenDeliveredTwice() {
        var site = organisation.siteByCode("S101").orElseThrow();
        long guard = jdbc.sql("select id from app_user where username = 'guard'").query(Long.class).single();
        String scanId = UUID.randomUUID().toString();
        Instant scannedAt = Instant.now().minus(Duration.ofMinutes(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var anomaly = new PatrolAnomalyReported(scanId, site, new CheckpointId(1), "金库通道门", "有人试图撬开通道门",
                new UserId(guard), scannedAt, PatrolAnomalyReported.AnomalyKind.INCIDENT, "INTRUSION");

        transactions.executeWithoutResult(s -> events.publishEvent(anomaly));
        await().atMost(Duration.ofSeconds(20)).until(() -> incidentsOf(scanId) == 1);
        transactions.executeWithoutResult(s -> events.publishEvent(anomaly));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> incidentsOf(scanId) == 1);
        var incident = jdbc.sql("select site_id, incident_type, place, summary, reporter_id, reported_at, occurred_at, status "
                + "from so_incident where patrol_scan_id = ?")
            .param(scanId)
            .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                    rs.getObject(7, java.time.OffsetDateTime.class).toInstant(), rs.getString(8) })
            .single();
        assertThat(incident).containsExactly(site.value(), "INTRUSION", "金库通道门", "有人试图撬开通道门", guard, scannedAt,
                scannedAt, "OPEN");
        assertThat(hazardsOf(scanId)).isZero();
    }

    private long incidentsOf(String scanId) {
        return jdbc.sql("select count(*) from so_incident where patrol_scan_id = ?").param(scanId).query(Long.class).single();
    }

    private long hazardsOf(String scanId) {
        return jdbc.sql("select count(*) from so_hazard where patrol_scan_id = ?").param(scanId).query(Long.class).single();
    }

}
