package org.garrison.facilities.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.assets.CheckForms.ItemForm;
import org.garrison.facilities.assets.CheckForms.QualityForm;
import org.garrison.facilities.assets.CheckForms.SortingForm;
import org.garrison.facilities.assets.ElectricalForms.AssetForm;
import org.garrison.facilities.assets.ElectricalForms.ReadingForm;
import org.garrison.facilities.assets.PestForms.ChemicalForm;
import org.garrison.facilities.assets.PestForms.FollowUpForm;
import org.garrison.facilities.assets.PestForms.TreatmentForm;
import org.garrison.facilities.assets.PlantForms.CountForm;
import org.garrison.facilities.assets.PlantForms.PlantForm;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording plants, treatments, readings, sorting and quality checks through the services; refusals change nothing. */
@IntegrationTest
class FacilityAssetsIntegrationTests {

    @Autowired
    Plants plants;

    @Autowired
    Treatments treatments;

    @Autowired
    ElectricalAssets assets;

    @Autowired
    Readings readings;

    @Autowired
    SortingChecks sorting;

    @Autowired
    QualityChecks quality;

    @Autowired
    AssetFigures figures;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAreCountedInTheMonthsFiguresAndReadingsAreJudged() {
        var logistics = user("logistics");
        long site = organisation.siteByCode("S201").orElseThrow().value();
        var month = YearMonth.now(TestClock.ZONE);
        var before = figures.month(new SiteId(site), month);

        plants.add(logistics, new PlantForm(site, "大堂", "绿萝", true, null));
        plants.count(logistics, new CountForm(site, null, 9, 1, 1, null));
        var chemical = treatments.addChemical(new ChemicalForm("高效氯氰菊酯 微乳剂", "T" + UUID.randomUUID().toString().substring(0, 8), true));
        var treatment = treatments.record(logistics, new TreatmentForm(site, null, "大堂、后厨", chemical.id(), new BigDecimal("0.5"), "L",
                "喷雾器", "蟑螂", true));
        treatments.followUp(logistics, treatment.id(), new FollowUpForm(null, true, "未见活体"));
        var asset = assets.register(logistics, new AssetForm(site, ElectricalKind.DISTRIBUTION_BOX, "总配电箱", "配电间", true));
        var abnormal = readings.record(logistics, asset.id(), new ReadingForm(null, new BigDecimal("221"), null, new BigDecimal("0.3"), null));
        assets.reportFault(logistics, asset.id(), "跳闸");
        sorting.record(logistics, new SortingForm(site, null, 10, 9, null));
        var check = quality.record(logistics, new QualityForm(site, ServiceKind.CLEANING, QualityCheckKind.SELF, null, "主管",
                List.of(new ItemForm("地面", CheckMethod.WHITE_GLOVE, true, null), new ItemForm("", null, null, null),
                        new ItemForm("卫生间", CheckMethod.SMELL, false, "异味")), null, null, null));

        assertThat(abnormal.abnormal()).isTrue();
        assertThat(abnormal.findings()).containsExactly("INSULATION");
        assertThat(check.score()).isEqualTo(50);
        assertThat(assets.card(logistics.scope(), asset.id()).asset().status()).isEqualTo(AssetStatus.FAULTY);
        var after = figures.month(new SiteId(site), month);
        assertThat(after.plantsUnderCare()).isEqualTo(10);
        assertThat(after.plantsAlive()).isEqualTo(9);
        assertThat(after.treatmentsEffective() - before.treatmentsEffective()).isEqualTo(1);
        assertThat(after.abnormalReadings() - before.abnormalReadings()).isEqualTo(1);
        assertThat(after.devicesFaulty() - before.devicesFaulty()).isEqualTo(1);
        assertThat(after.binsCorrect() - before.binsCorrect()).isEqualTo(9);
        assertThat(figures.month(logistics.scope(), month).devices()).isGreaterThanOrEqualTo(after.devices());
    }

    @Test
    void refusalsSaveNothing() {
        var logistics = user("logistics");
        long site = organisation.siteByCode("S102").orElseThrow().value();
        long otherClientsSite = organisation.siteByCode("S201").orElseThrow().value();
        var inactive = treatments.addChemical(new ChemicalForm("敌敌畏", "X" + UUID.randomUUID().toString().substring(0, 8), false));
        var asset = assets.register(logistics, new AssetForm(site, ElectricalKind.SOCKET, "插座", "营业厅", false));
        long rows = rows();

        assertThatThrownBy(() -> plants.add(logistics, new PlantForm(site, "大堂", "夹竹桃", false, null)))
            .hasMessage("facilities.assets.plant.toxic");
        assertThatThrownBy(() -> treatments.record(logistics, new TreatmentForm(site, null, "后厨", inactive.id(), BigDecimal.ONE, "L",
                "喷雾器", "蟑螂", true))).hasMessage("facilities.assets.treatment.chemicalNotAllowed");
        assertThatThrownBy(() -> readings.record(logistics, asset.id(), new ReadingForm(null, new BigDecimal("1200"), null, null, null)))
            .hasMessage("facilities.assets.reading.voltageRange");
        assertThatThrownBy(() -> sorting.record(logistics, new SortingForm(site, null, 5, 6, null)))
            .isInstanceOf(DomainException.class).hasMessage("facilities.assets.sorting.correctOverChecked");
        assertThatThrownBy(() -> sorting.record(user("client"), new SortingForm(otherClientsSite, null, 5, 5, null)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plants.count(logistics, new CountForm(site, LocalDate.now(TestClock.ZONE).plusDays(1), 1, 0, 0, null)))
            .hasMessage("facilities.assets.futureDay");
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aClientReadsOnlyItsOwnSites() {
        var logistics = user("logistics");
        long own = organisation.siteByCode("S101").orElseThrow().value();
        long other = organisation.siteByCode("S201").orElseThrow().value();
        sorting.record(logistics, new SortingForm(own, null, 4, 4, null));
        sorting.record(logistics, new SortingForm(other, null, 4, 3, null));

        assertThat(sorting.list(user("client").scope(), null)).extracting(AssetViews.SortingRow::siteId).contains(own).doesNotContain(other);
        assertThat(sorting.list(user("client").scope(), other)).isEmpty();
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM fa_plant) + (SELECT COUNT(*) FROM fa_treatment) + "
                + "(SELECT COUNT(*) FROM fa_electrical_reading) + (SELECT COUNT(*) FROM fa_sorting_check) + "
                + "(SELECT COUNT(*) FROM fa_plant_count)").query(Long.class).single();
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

}
