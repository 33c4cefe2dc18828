package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.inspections.HazardViews.HazardFilter;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.garrison.siteops.inspections.Inspections.ItemResult;
import org.garrison.siteops.internal.Severity;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A guard's inspection with a failed item opens a hazard, which is rectified, verified by another person and closed. */
@IntegrationTest
class InspectionsIntegrationTests {

    @Autowired
    Checklists checklists;

    @Autowired
    Inspections inspections;

    @Autowired
    Hazards hazards;

    @Autowired
    DocumentsManagement documents;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failedItemOpensAHazardThatIsRectifiedVerifiedByAnotherPersonAndClosed() {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        var checklist = checklists.create("门窗检查 " + UUID.randomUUID().toString().substring(0, 6), Checklist.Category.DOORS_WINDOWS,
                "营业厅大门锁具完好\n金库门禁正常\n后门窗户关闭");
        checklists.schedule(user("leader"), site, checklist.getId(), 7, LocalDate.now(TestClock.ZONE));

        var photo = new Upload("window.png", "image/png", png());
        var inspection = inspections.record(user("guard"), site, checklist.getId(), List.of(new ItemResult(Outcome.PASS, null),
                new ItemResult(Outcome.NOT_APPLICABLE, "今日金库未开"), new ItemResult(Outcome.FAIL, "后门窗户插销损坏")),
                Map.of(2, photo));

        assertThat(inspection.getFailedCount()).isEqualTo(1);
        Long hazardId = inspection.getItems().get(2).getHazardId();
        assertThat(hazardId).isNotNull();
        assertThat(documents.attachmentsOf("Hazard", hazardId.toString())).hasSize(1);
        assertThat(checklists.schedules(user("leader")))
            .anySatisfy(s -> {
                assertThat(s.checklistId()).isEqualTo(checklist.getId());
                assertThat(s.nextDue()).isEqualTo(LocalDate.now(TestClock.ZONE).plusDays(7));
            });

        hazards.rectify(user("leader"), hazardId, "已更换插销");
        assertThatThrownBy(() -> hazards.verify(user("leader"), hazardId, true, null))
            .hasMessage("siteops.hazard.verifierMustDiffer");
        hazards.verify(user("supervisor"), hazardId, true, "现场复查合格");
        assertThat(hazards.card(user("supervisor").scope(), hazardId).status()).isEqualTo(Hazard.Status.CLOSED);
    }

    @Test
    void missingOutcomeStoresNothingAndAnotherClientsSiteIsNotFound() {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        long otherSite = organisation.siteByCode("S201").orElseThrow().value();
        var checklist = checklists.create("消防检查 " + UUID.randomUUID().toString().substring(0, 6), Checklist.Category.FIRE,
                "灭火器压力正常\n消防通道畅通");
        long before = count();

        assertThatThrownBy(() -> inspections.record(user("guard"), site, checklist.getId(),
                List.of(new ItemResult(Outcome.PASS, null), new ItemResult(null, null)), Map.of()))
            .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> inspections.record(user("guard"), site, checklist.getId(),
                List.of(new ItemResult(Outcome.PASS, null), new ItemResult(Outcome.FAIL, " ")), Map.of()))
            .hasMessage("siteops.inspection.failNeedsNote");
        assertThatThrownBy(() -> inspections.record(user("guard"), otherSite, checklist.getId(),
                List.of(new ItemResult(Outcome.PASS, null), new ItemResult(Outcome.PASS, null)), Map.of()))
            .isInstanceOf(NotFoundException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void overdueHazardIsAlertedOnceAndListedAsOverdue() {
        long site = organisation.siteByCode("S102").orElseThrow().value();
        var hazard = hazards.open(user("supervisor"), site, "配电箱门锁损坏 " + UUID.randomUUID().toString().substring(0, 6), "配电箱无法上锁",
                Severity.SERIOUS, "物业工程部 陈工", null, null);
        jdbc.sql("UPDATE so_hazard SET deadline = ? WHERE id = ?").params(LocalDate.now(TestClock.ZONE).minusDays(2), hazard.getId()).update();

        assertThat(hazards.alertOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(hazards.alertOverdue()).isZero();
        assertThat(hazards.list(user("supervisor").scope(), new HazardFilter(site, null, null, true)))
            .anySatisfy(row -> assertThat(row.id()).isEqualTo(hazard.getId()));
        assertThat(hazards.statistics(user("supervisor").scope()))
            .anySatisfy(s -> {
                assertThat(s.siteId()).isEqualTo(site);
                assertThat(s.overdue()).isPositive();
            });
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM so_inspection").query(Long.class).single();
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
