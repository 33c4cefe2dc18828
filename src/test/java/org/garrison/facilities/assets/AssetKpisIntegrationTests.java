package org.garrison.facilities.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.garrison.facilities.kpis.KpiValue;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The asset KPIs of many sites, counted together (one query per table and month, grouped by site), are those of each
 * site counted alone.
 */
@IntegrationTest
class AssetKpisIntegrationTests {

    @Autowired
    AssetKpis kpis;

    @Autowired
    AssetFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theSitesCountedTogetherGiveWhatEachSiteGivesAlone() {
        var sites = jdbc.sql("SELECT id FROM org_site ORDER BY code").query(Long.class).list().stream().map(SiteId::new).toList();
        var to = YearMonth.now(clock);
        var from = to.minusMonths(2);
        var together = kpis.values(sites, from, to);
        var alone = new ArrayList<KpiValue>();
        for (var site : sites) {
            alone.addAll(kpis.values(List.of(site), from, to));
        }
        assertThat(together).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(together).as("the demo data has asset figures").isNotEmpty();
        for (var site : sites) {
            var one = figures.month(site, to);
            var grouped = figures.bySite(List.of(site), to).getOrDefault(site, AssetFigures.Figures.NONE);
            assertThat(grouped).usingRecursiveComparison().ignoringFields("quality").isEqualTo(one);
        }
    }

}
