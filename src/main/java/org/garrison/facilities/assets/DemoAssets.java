package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.garrison.facilities.assets.PestForms.ChemicalForm;
import org.garrison.facilities.assets.PestForms.FollowUpForm;
import org.garrison.facilities.assets.PestForms.InspectionForm;
import org.garrison.facilities.assets.PestForms.PointForm;
import org.garrison.facilities.assets.PestForms.TreatmentForm;
import org.garrison.facilities.assets.PlantForms.CountForm;
import org.garrison.facilities.assets.PlantForms.PlantForm;
import org.garrison.facilities.assets.PlantForms.StatusForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo plants, pest points and treatments at S101 福田支行 and S102 南山支行. Twelve non-toxic plants each and a count this
 * month: at S101 one is dead and one diseased (survival and disease miss their targets), at S102 all are alive. Five pest
 * monitoring points each inspected weekly over the last month, one at S101 with activity. Two allowed low-toxicity
 * chemicals and a treatment a month for the last two months with follow-ups: all effective at S102, one not at S101.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoAssets implements StartupData {

    private static final String CYPERMETHRIN = "PD20180123";

    private static final String BROMADIOLONE = "PD20097501";

    private static final List<String[]> PLANTS = List.of(new String[] { "营业大厅入口", "发财树" },
            new String[] { "营业大厅入口", "发财树" }, new String[] { "营业大厅", "绿萝" }, new String[] { "营业大厅", "虎尾兰" },
            new String[] { "营业大厅", "富贵竹" }, new String[] { "贵宾室", "君子兰" }, new String[] { "贵宾室", "蝴蝶兰" },
            new String[] { "贵宾室", "红掌" }, new String[] { "办公区", "绿萝" }, new String[] { "办公区", "吊兰" },
            new String[] { "办公区", "龟背竹" }, new String[] { "会议室", "散尾葵" });

    private static final List<Object[]> POINTS = List.of(new Object[] { "P01", "后门外侧", PestPointKind.RODENT_BAIT },
            new Object[] { "P02", "配电间", PestPointKind.RODENT_BAIT }, new Object[] { "P03", "茶水间", PestPointKind.COCKROACH_TRAP },
            new Object[] { "P04", "垃圾房", PestPointKind.FLY_BOARD }, new Object[] { "P05", "营业大厅", PestPointKind.MOSQUITO_LAMP });

    private final DemoSites sites;

    private final Plants plants;

    private final PestPoints points;

    private final Treatments treatments;

    DemoAssets(DemoSites sites, Plants plants, PestPoints points, Treatments treatments) {
        this.sites = sites;
        this.plants = plants;
        this.points = points;
        this.treatments = treatments;
    }

    @Override
    public String name() {
        return "facilities.demo.assets";
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
        long cypermethrin = chemical("4.5% 高效氯氰菊酯 微乳剂", CYPERMETHRIN);
        long bromadiolone = chemical("0.005% 溴敌隆 饵剂", BROMADIOLONE);
        for (String code : DemoSites.CODES) {
            long site = sites.site(code);
            if (!plants.list(logistics.scope(), site).isEmpty()) {
                continue;
            }
            boolean missesTargets = "S101".equals(code);
            plants(logistics, site, today, missesTargets);
            pestPoints(logistics, cleaner, site, today, missesTargets);
            treatments(logistics, site, today, cypermethrin, bromadiolone, missesTargets);
        }
    }

    private long chemical(String name, String registrationNo) {
        return treatments.chemicals()
            .stream()
            .filter(c -> c.registrationNo().equalsIgnoreCase(registrationNo))
            .findFirst()
            .orElseGet(() -> treatments.addChemical(new ChemicalForm(name, registrationNo, true)))
            .id();
    }

    private void plants(CurrentUser logistics, long site, LocalDate today, boolean oneDeadOneDiseased) {
        var added = today.minusMonths(3).withDayOfMonth(1);
        var rows = PLANTS.stream().map(p -> plants.add(logistics, new PlantForm(site, p[0], p[1], true, added))).toList();
        if (oneDeadOneDiseased) {
            plants.changeStatus(logistics, rows.get(1).id(), new StatusForm(PlantStatus.DEAD, today.minusDays(4), "根部积水烂根，已枯死，待更换"));
            plants.changeStatus(logistics, rows.get(5).id(), new StatusForm(PlantStatus.DISEASED, today.minusDays(3), "叶片发现介壳虫，已隔离喷药"));
            plants.count(logistics, new CountForm(site, today, PLANTS.size() - 1, 1, 1, "发财树 1 盆枯死，君子兰 1 盆介壳虫"));
        }
        else {
            plants.count(logistics, new CountForm(site, today, PLANTS.size(), 0, 0, "全部存活，长势良好"));
        }
    }

    private void pestPoints(CurrentUser logistics, CurrentUser cleaner, long site, LocalDate today, boolean oneActive) {
        for (var p : POINTS) {
            var point = points.add(logistics, new PointForm(site, (String) p[0], (String) p[1], (PestPointKind) p[2]));
            for (int daysAgo = 28; daysAgo >= 0; daysAgo -= 7) {
                boolean activity = oneActive && "P03".equals(p[0]) && daysAgo == 0;
                points.inspect(cleaner, new InspectionForm(point.id(), today.minusDays(daysAgo), activity,
                        activity ? "蟑螂屋捕获蟑螂 2 只，已通知消杀" : "未见虫害活动"));
            }
        }
    }

    private void treatments(CurrentUser logistics, long site, LocalDate today, long cypermethrin, long bromadiolone,
            boolean oneNotEffective) {
        var lastMonth = today.minusMonths(1).withDayOfMonth(10);
        var thisMonth = today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(Math.min(8, today.getDayOfMonth() - 1));
        treat(logistics, site, today, new TreatmentForm(site, sites.notAfterNow(lastMonth, LocalTime.of(19, 30)),
                "配电间、后门外侧、垃圾房", bromadiolone, new BigDecimal("0.2"), "kg", "毒饵站", "老鼠", true), true, "复查鼠饵无取食，未见鼠迹");
        treat(logistics, site, today, new TreatmentForm(site, sites.notAfterNow(thisMonth, LocalTime.of(19, 30)),
                "营业大厅、茶水间、垃圾房、卫生间", cypermethrin, new BigDecimal("0.5"), "L", "超低容量喷雾器", "蟑螂、蚊虫", true),
                !oneNotEffective, oneNotEffective ? "茶水间仍见蟑螂活体，需加强处理" : "复查未见活体");
    }

    private void treat(CurrentUser logistics, long site, LocalDate today, TreatmentForm form, boolean effective, String note) {
        var treatment = treatments.record(logistics, form);
        var followUp = form.treatedAt().toLocalDate().plusDays(7);
        treatments.followUp(logistics, treatment.id(), new FollowUpForm(followUp.isAfter(today) ? today : followUp, effective, note));
    }

}
