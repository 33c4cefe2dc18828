package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo service plans at the two bank branches S101 福田支行 and S102 南山支行, with the seed's frequencies (offices
 * daily, toilets several times a day, meeting room weekly deep clean, plants weekly, 全面消杀 monthly, electrical daily
 * routine plus weekly deep inspection), and a month of their tasks: at S101 most are done and some missed (so its
 * completion misses the 100 % target), at S102 all are done; the cleaner records them.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoPlans implements StartupData {

    static final int DAYS = 30;

    private final ServicePlans plans;

    private final TaskMaker maker;

    private final ServiceTasks done;

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoPlans(ServicePlans plans, TaskMaker maker, ServiceTasks done, IdentityManagement identity,
            OrganisationManagement organisation, Clock clock) {
        this.plans = plans;
        this.maker = maker;
        this.done = done;
        this.identity = identity;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "facilities.demo.plans";
    }

    @Override
    public Set<String> after() {
        return Set.of("organisation.demo", "identity.demo", "sla.demo");
    }

    @Override
    @Transactional
    public void load() {
        var logistics = identity.user("logistics").orElseThrow();
        var cleaner = identity.user("cleaner").orElseThrow();
        var today = LocalDate.now(clock);
        var first = today.minusDays(DAYS);
        for (String code : List.of("S101", "S102")) {
            long site = organisation.siteByCode(code).orElseThrow().value();
            if (!plans.list(logistics.scope(), site, null, false).isEmpty()) {
                continue;
            }
            for (var details : seedPlans(first, cleaner.id())) {
                plans.create(logistics, site, details);
            }
            for (var plan : plans.list(logistics.scope(), site, null, false)) {
                maker.makeBetween(plan, first, today);
            }
            recordMonth(cleaner, site, first, today, "S101".equals(code));
        }
    }

    private void recordMonth(CurrentUser cleaner, long site, LocalDate first, LocalDate today, boolean someMissed) {
        int n = 0;
        for (var day = first; day.isBefore(today); day = day.plusDays(1)) {
            for (var card : done.ofDay(cleaner.scope(), site, day)) {
                var task = card.task();
                n++;
                if (someMissed && n % 13 == 0) {
                    maker.miss(task);
                    continue;
                }
                var failed = someMissed && n % 17 == 0 && !card.checklist().isEmpty() ? List.of(card.checklist().get(0))
                        : List.<String>of();
                var at = task.getDueAt().plusSeconds(20 * 60);
                done.done(cleaner, new TaskDone(task.getId(), site, failed, failed.isEmpty() ? null : "已返工处理", task.getDueAt(), at,
                        null));
            }
        }
    }

    private static List<PlanDetails> seedPlans(LocalDate first, long cleanerId) {
        var eight = LocalTime.of(8, 0);
        return List.of(
                new PlanDetails(ServiceKind.CLEANING, "办公区域", "全面清洁：办公桌、地面、窗户、门框",
                        List.of("白手套测试 地面和办公设备", "目视 墙面和办公桌", "垃圾清运，无溢出"),
                        new Recurrence(Frequency.DAILY, 1, Set.of(), null, LocalTime.of(7, 30), LocalTime.of(7, 30), false),
                        cleanerId, null, first, null),
                new PlanDetails(ServiceKind.CLEANING, "卫生间", "清洁卫生间：地面干燥，无积水、无污渍，洁具完好",
                        List.of("白手套测试 洁具", "嗅觉 无异味", "卫生用品（纸巾、洗手液）补充"),
                        new Recurrence(Frequency.TIMES_A_DAY, 3, Set.of(), null, LocalTime.of(9, 0), LocalTime.of(16, 0), false),
                        cleanerId, null, first, null),
                new PlanDetails(ServiceKind.CLEANING, "电梯厅、楼梯、走廊", "公共区域清洁",
                        List.of("消毒试纸 电梯按钮、扶手、门把手", "目视 地面"),
                        new Recurrence(Frequency.DAILY, 1, Set.of(), null, LocalTime.of(10, 0), LocalTime.of(10, 0), false),
                        cleanerId, null, first, null),
                new PlanDetails(ServiceKind.CLEANING, "会议室", "深度清洁：地毯、沙发、空调滤网",
                        List.of("地毯吸尘", "空调滤网清洗"),
                        new Recurrence(Frequency.WEEKLY, 1, Set.of(DayOfWeek.FRIDAY), null, LocalTime.of(15, 0), LocalTime.of(15, 0), true),
                        cleanerId, null, first, null),
                new PlanDetails(ServiceKind.PLANT_CARE, "营业厅绿植", "浇水、修剪、病虫害检查",
                        List.of("浇水", "修剪枯叶", "病虫害检查"),
                        new Recurrence(Frequency.WEEKLY, 1, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, LocalTime.of(9, 30),
                                LocalTime.of(9, 30), false),
                        null, null, first, null),
                new PlanDetails(ServiceKind.PEST_CONTROL, "全部公共区域及孳生地", "全面消杀",
                        List.of("蟑螂", "老鼠", "蚊虫", "告知客户注意事项"),
                        new Recurrence(Frequency.MONTHLY, 1, Set.of(), first.getDayOfMonth(), LocalTime.of(19, 0), LocalTime.of(19, 0), true),
                        null, null, first, null),
                new PlanDetails(ServiceKind.ELECTRICAL, "配电箱、开关、插座、照明", "日常用电巡检",
                        List.of("配电箱无异响、无过热", "开关插座无破损", "照明正常"),
                        new Recurrence(Frequency.DAILY, 1, Set.of(), null, eight, eight, false), null, null, first, null),
                new PlanDetails(ServiceKind.ELECTRICAL, "配电箱、空调、线路", "深度巡检：绝缘电阻测试、接地测试，记录电压电流",
                        List.of("绝缘电阻测试", "接地测试", "电压、电流读数"),
                        new Recurrence(Frequency.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY), null, LocalTime.of(14, 0), LocalTime.of(14, 0), true),
                        null, null, first, null));
    }

}
