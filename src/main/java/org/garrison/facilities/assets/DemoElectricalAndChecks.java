package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.assets.CheckForms.ItemForm;
import org.garrison.facilities.assets.CheckForms.QualityForm;
import org.garrison.facilities.assets.CheckForms.SortingForm;
import org.garrison.facilities.assets.ElectricalForms.AssetForm;
import org.garrison.facilities.assets.ElectricalForms.ReadingForm;
import org.garrison.facilities.assets.ElectricalForms.ReportForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo electrical assets, garbage-sorting spot checks and quality checks at S101 福田支行 and S102 南山支行. Eight assets
 * each with a daily reading for the last 14 days on the key ones (配电箱、空调、照明); at S101 one insulation reading of
 * 0.3 MΩ with its fault reported and repaired; last month's operation report. Weekly sorting checks over the last month
 * (S101 85 %, S102 95 %), and a self, a peer and a third-party quality check per site.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoElectricalAndChecks implements StartupData {

    static final int READING_DAYS = 14;

    private static final List<Object[]> ASSETS = List.of(new Object[] { ElectricalKind.DISTRIBUTION_BOX, "1F 总配电箱", "一楼配电间" },
            new Object[] { ElectricalKind.DISTRIBUTION_BOX, "2F 办公区配电箱", "二楼走廊" },
            new Object[] { ElectricalKind.SWITCH, "营业大厅照明开关", "营业大厅" },
            new Object[] { ElectricalKind.SOCKET, "柜台插座组", "营业大厅柜台" },
            new Object[] { ElectricalKind.WIRING, "营业大厅照明线路", "营业大厅吊顶" },
            new Object[] { ElectricalKind.AIR_CONDITIONER, "营业大厅中央空调", "营业大厅" },
            new Object[] { ElectricalKind.AIR_CONDITIONER, "贵宾室分体空调", "贵宾室" },
            new Object[] { ElectricalKind.LIGHTING, "营业大厅 LED 照明", "营业大厅" });

    private final DemoSites sites;

    private final ElectricalAssets assets;

    private final Readings readings;

    private final OperationReports reports;

    private final SortingChecks sorting;

    private final QualityChecks quality;

    DemoElectricalAndChecks(DemoSites sites, ElectricalAssets assets, Readings readings, OperationReports reports,
            SortingChecks sorting, QualityChecks quality) {
        this.sites = sites;
        this.assets = assets;
        this.readings = readings;
        this.reports = reports;
        this.sorting = sorting;
        this.quality = quality;
    }

    @Override
    public String name() {
        return "facilities.demo.electrical";
    }

    @Override
    public Set<String> after() {
        return Set.of("organisation.demo", "identity.demo");
    }

    @Override
    @Transactional
    public void load() {
        var logistics = sites.logistics();
        var cleaner = sites.cleaner();
        var today = sites.today();
        for (String code : DemoSites.CODES) {
            long site = sites.site(code);
            if (!assets.list(logistics.scope(), site).isEmpty()) {
                continue;
            }
            boolean s101 = "S101".equals(code);
            electrical(logistics, site, today, s101);
            sortingChecks(cleaner, site, today, s101);
            qualityChecks(logistics, cleaner, site, today, s101);
        }
    }

    private void electrical(CurrentUser logistics, long site, LocalDate today, boolean oneAbnormal) {
        int n = 0;
        for (var a : ASSETS) {
            var kind = (ElectricalKind) a[0];
            var asset = assets.register(logistics, new AssetForm(site, kind, (String) a[1], (String) a[2], kind.keyByDefault()));
            if (!asset.keyDevice()) {
                continue;
            }
            n++;
            for (int daysAgo = READING_DAYS; daysAgo >= 1; daysAgo--) {
                int i = n * 7 + daysAgo;
                boolean abnormal = oneAbnormal && n == 1 && daysAgo == 5;
                var insulation = abnormal ? new BigDecimal("0.3") : BigDecimal.valueOf(50 + (i * 37) % 151);
                readings.record(logistics, asset.id(), new ReadingForm(sites.notAfterNow(today.minusDays(daysAgo), LocalTime.of(9, 0)),
                        BigDecimal.valueOf(2180 + (i * 7) % 50, 1), BigDecimal.valueOf(20 + (i * 13) % 60, 1), insulation,
                        BigDecimal.valueOf(10 + (i * 3) % 20, 1)));
                if (abnormal) {
                    var fault = assets.reportFault(logistics, asset.id(), "巡检测得出线回路绝缘电阻 0.3 MΩ，低于 0.5 MΩ，已断开该回路");
                    assets.fix(logistics, fault.id(), "更换老化受潮的出线电缆接头并做防潮处理，复测绝缘电阻 150 MΩ，恢复供电");
                }
            }
        }
        var lastMonth = YearMonth.from(today).minusMonths(1);
        reports.write(logistics, site, lastMonth, oneAbnormal
                ? new ReportForm("上月设备运行总体平稳，配电箱、空调、照明等重点设备每日巡检，电压稳定在 218–223 V，接地电阻 1–3 Ω，"
                        + "均在正常范围。总配电箱出线回路受潮，绝缘电阻有下降趋势，需重点关注。",
                        "1. 雨季前对配电间做防潮处理，加装除湿机；2. 总配电箱出线回路每周测试绝缘电阻；3. 更换营业大厅老化插座。")
                : new ReportForm("上月设备运行平稳，重点设备每日巡检，电压、电流、绝缘电阻和接地电阻均在正常范围，无故障。",
                        "1. 保持现有巡检频次；2. 夏季用电高峰前清洗空调滤网并检查空调专用回路负载。"));
    }

    private void sortingChecks(CurrentUser cleaner, long site, LocalDate today, boolean lowAccuracy) {
        int[] correct = lowAccuracy ? new int[] { 17, 16, 18, 17 } : new int[] { 19, 19, 20, 18 };
        for (int week = 0; week < correct.length; week++) {
            int wrong = 20 - correct[week];
            sorting.record(cleaner, new SortingForm(site, today.minusDays(28 - 7L * week), 20, correct[week],
                    wrong == 0 ? "分类全部正确" : wrong + " 桶厨余垃圾混入塑料袋或纸巾"));
        }
    }

    private void qualityChecks(CurrentUser logistics, CurrentUser cleaner, long site, LocalDate today, boolean someFail) {
        quality.record(cleaner, new QualityForm(site, ServiceKind.CLEANING, QualityCheckKind.SELF, today.minusDays(10), "保洁主管 李娜",
                List.of(new ItemForm("营业大厅柜台、办公桌", CheckMethod.WHITE_GLOVE, true, null),
                        new ItemForm("地面、墙面、玻璃门", CheckMethod.VISUAL, true, null),
                        new ItemForm("门把手、电梯按钮消毒", CheckMethod.TEST_STRIP, true, null),
                        new ItemForm("卫生间无异味", CheckMethod.SMELL, !someFail, someFail ? "男卫生间有异味，已加强通风和清洁" : null)),
                null, null, "每周自查"));
        quality.record(logistics, new QualityForm(site, ServiceKind.CLEANING, QualityCheckKind.PEER, today.minusDays(6),
                someFail ? "南山支行保洁组" : "福田支行保洁组",
                List.of(new ItemForm("贵宾室茶几、沙发", CheckMethod.WHITE_GLOVE, !someFail, someFail ? "茶几底部有积尘" : null),
                        new ItemForm("会议室地毯", CheckMethod.VISUAL, true, null),
                        new ItemForm("卫生间洗手台消毒", CheckMethod.TEST_STRIP, true, null)),
                null, null, "月度互查"));
        quality.record(logistics, new QualityForm(site, ServiceKind.CLEANING, QualityCheckKind.THIRD_PARTY, today.minusDays(3),
                "深圳市标准物业评估有限公司", List.of(), someFail ? 86 : 95,
                someFail ? "评估报告 PG-2026-101：卫生间异味、贵宾室积尘需整改" : "评估报告 PG-2026-102：保洁质量优良",
                "季度第三方评估"));
    }

}
