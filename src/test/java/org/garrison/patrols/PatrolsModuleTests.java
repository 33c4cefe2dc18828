package org.garrison.patrols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.shared.BranchId;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The patrols module with its direct dependencies: an anomaly reported with a scan is published for site
 * operations, and the facade answers completion rates for appraisal.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "numbering")
@Import(ModuleTestBeans.class)
class PatrolsModuleTests {

    @Autowired
    PatrolSetup setup;

    @Autowired
    ScanIngest ingest;

    @Autowired
    PatrolManagement patrols;

    @Autowired
    OrganisationManagement organisation;

    /** Built by the platform's security configuration in the running application. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void anAnomalyReportedAtACheckpointIsPublishedForSiteOperations(Scenario scenario) {
        long s201 = organisation.siteByCode("S201").map(SiteId::value).orElseThrow();
        var checkpoint = setup.createCheckpoint(DataScope.company(0), s201,
                new Checkpoint.Place("消防泵房", null, null, null, null, true, null));
        String scanId = UUID.randomUUID().toString();
        var item = new ScanIngest.Item(scanId, checkpoint.getCode(), Instant.now().minusSeconds(30).toString(), null, null,
                "泵房地面积水，疑似管道渗漏", true);

        scenario.stimulate(() -> ingest.ingest(new ScanIngest.Batch(1L, null, ScanIngest.Source.PHONE, null, null, List.of(item))))
            .andWaitForEventOfType(PatrolAnomalyReported.class)
            .matching(event -> event.scanId().equals(scanId))
            .toArriveAndVerify(event -> {
                assertThat(event.siteId()).isEqualTo(new SiteId(s201));
                assertThat(event.checkpointName()).isEqualTo("消防泵房");
                assertThat(event.note()).contains("积水");
                assertThat(event.kind()).isEqualTo(PatrolAnomalyReported.AnomalyKind.HAZARD);
                assertThat(event.asIncident()).isFalse();
            });
    }

    @Test
    void anAnomalyTheGuardReportsAsAnIncidentCarriesTheKindAndType(Scenario scenario) {
        long s201 = organisation.siteByCode("S201").map(SiteId::value).orElseThrow();
        var checkpoint = setup.createCheckpoint(DataScope.company(0), s201,
                new Checkpoint.Place("配电房", null, null, null, null, true, null));
        String scanId = UUID.randomUUID().toString();
        var item = new ScanIngest.Item(scanId, checkpoint.getCode(), Instant.now().minusSeconds(30).toString(), null, null,
                "配电房冒烟，已切断电源", true, PatrolAnomalyReported.AnomalyKind.INCIDENT, "FIRE");

        scenario.stimulate(() -> ingest.ingest(new ScanIngest.Batch(1L, null, ScanIngest.Source.PHONE, null, null, List.of(item))))
            .andWaitForEventOfType(PatrolAnomalyReported.class)
            .matching(event -> event.scanId().equals(scanId))
            .toArriveAndVerify(event -> {
                assertThat(event.asIncident()).isTrue();
                assertThat(event.incidentType()).isEqualTo("FIRE");
                assertThat(event.checkpointName()).isEqualTo("配电房");
            });
    }

    @Test
    void completionRatesOfBranchSiteAndGuardAreAnsweredForAppraisal() {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var branch = organisation.branchByCode("B1").orElseThrow();
        var site = organisation.siteByCode("S101").orElseThrow();

        var ofBranch = patrols.completionOfBranch(branch, today.minusDays(30), today);
        var ofSite = patrols.completionOfSite(site, today.minusDays(30), today);
        var ofGuard = patrols.completionOfGuard(new UserId(424242), today.minusDays(30), today);

        assertThat(ofBranch.due()).isGreaterThanOrEqualTo(ofSite.due());
        assertThat(ofSite.rate()).isBetween(0.0, 1.0);
        assertThat(ofGuard).isEqualTo(CompletionRate.NONE);
        assertThat(patrols.completionOfBranch(new BranchId(-1), today, today)).isEqualTo(CompletionRate.NONE);
    }

}
