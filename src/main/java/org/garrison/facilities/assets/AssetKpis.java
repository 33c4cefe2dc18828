package org.garrison.facilities.assets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.kpis.Kpi;
import org.garrison.facilities.kpis.KpiSource;
import org.garrison.facilities.kpis.KpiValue;
import org.garrison.shared.SiteId;

import org.springframework.stereotype.Component;

/**
 * The service-specific KPIs from the inventories, pest monitoring, electrical assets and sorting spot checks (RULES B.2):
 * 绿植存活率 and 病虫害发生率 from the month's latest count, 虫害控制率 as points without activity ÷ points, 消杀有效率 as
 * treatments effective at the follow-up ÷ treatments followed up, 设备故障率 as devices faulty in the month ÷ devices, and
 * 垃圾分类准确率 as correct bins ÷ bins checked. A KPI with nothing to count in a month is left out (no data). The sites
 * of a request are counted together, one query per table and month grouped by site.
 */
@Component
class AssetKpis implements KpiSource {

    private final AssetFigures figures;

    AssetKpis(AssetFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<KpiValue> values(Collection<SiteId> sites, YearMonth from, YearMonth to) {
        var values = new ArrayList<KpiValue>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            var bySite = figures.bySite(sites, month);
            for (var site : sites) {
                var f = bySite.get(site);
                if (f == null) {
                    continue;
                }
                add(values, Kpi.PLANT_SURVIVAL, site, ServiceKind.PLANT_CARE, month, f.plantsAlive(), f.plantsUnderCare());
                add(values, Kpi.PLANT_DISEASE, site, ServiceKind.PLANT_CARE, month, f.plantsAffected(), f.plantsUnderCare());
                add(values, Kpi.PEST_CONTROL, site, ServiceKind.PEST_CONTROL, month,
                        f.pestPoints() - f.pestPointsWithActivity(), f.pestPoints());
                add(values, Kpi.TREATMENT_EFFECTIVENESS, site, ServiceKind.PEST_CONTROL, month, f.treatmentsEffective(),
                        f.treatmentsFollowedUp());
                add(values, Kpi.DEVICE_FAILURE, site, ServiceKind.ELECTRICAL, month, f.devicesFaulty(), f.devices());
                add(values, Kpi.GARBAGE_SORTING, site, ServiceKind.CLEANING, month, f.binsCorrect(), f.binsChecked());
            }
        }
        return values;
    }

    private static void add(List<KpiValue> values, Kpi kpi, SiteId site, ServiceKind service, YearMonth month, long numerator,
            long denominator) {
        if (denominator > 0) {
            values.add(new KpiValue(kpi, site, service, month, numerator, denominator));
        }
    }

}
