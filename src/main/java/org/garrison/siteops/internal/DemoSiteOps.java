package org.garrison.siteops.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;
import org.garrison.siteops.access.AccessLog;
import org.garrison.siteops.access.IdType;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.siteops.access.WatchEntry;
import org.garrison.siteops.access.WatchList;
import org.garrison.siteops.incidents.Incident;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.inspections.Checklist;
import org.garrison.siteops.inspections.Checklists;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.garrison.siteops.inspections.Inspections.ItemResult;
import org.garrison.siteops.inspections.Inspections;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: the three checklists and their schedules, a day at the gate of 福田支行 (S101)
 * with a visitor still on site and an unauthorised release, an inspection with a failed item, hazards,
 * two incidents, and an approved fire plan.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoSiteOps implements StartupData {

    private static final String FIRE_CHECKLIST = "消防设施检查";

    private final Checklists checklists;

    private final AccessLog access;

    private final WatchList watchList;

    private final Inspections inspections;

    private final Incidents incidents;

    private final DemoPlansAndHazards more;

    DemoSiteOps(Checklists checklists, AccessLog access, WatchList watchList, Inspections inspections, Incidents incidents,
            DemoPlansAndHazards more) {
        this.checklists = checklists;
        this.access = access;
        this.watchList = watchList;
        this.inspections = inspections;
        this.incidents = incidents;
        this.more = more;
    }

    @Override
    public String name() {
        return "siteops.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "documents.demo", "people.demo", "patrols.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (checklists.list().stream().anyMatch(c -> c.getName().equals(FIRE_CHECKLIST))) {
            return;
        }
        CurrentUser guard = more.user("guard");
        CurrentUser leader = more.user("leader");
        CurrentUser ops = more.user("ops");
        long s101 = more.site("S101");
        long s102 = more.site("S102");
        long s201 = more.site("S201");
        var fire = checklists.create(FIRE_CHECKLIST, Checklist.Category.FIRE, """
                灭火器压力指针在绿区、铅封完好
                消防栓箱门开启灵活、水带水枪齐全
                疏散通道畅通、无杂物堆放
                安全出口指示灯、应急照明灯完好
                消防报警控制器运行正常、无故障报警""");
        var electrical = checklists.create("电气设备检查", Checklist.Category.ELECTRICAL, """
                配电箱（柜）上锁、标识清楚
                线路无裸露、老化、私拉乱接
                插座无过载使用、无大功率电器
                UPS 电源及蓄电池运行正常""");
        checklists.create("门窗检查", Checklist.Category.DOORS_WINDOWS, """
                营业厅大门锁具完好
                金库门、防尾随门运行正常
                窗户关闭、防盗网完好
                后门及卷帘门已上锁""");
        LocalDate today = LocalDate.now(more.clock());
        checklists.schedule(ops, s101, fire.getId(), 7, today);
        checklists.schedule(ops, s101, electrical.getId(), 14, today.plusDays(3));
        checklists.schedule(ops, s102, fire.getId(), 7, today.plusDays(1));
        checklists.schedule(ops, s201, fire.getId(), 7, today.minusDays(1));

        watchList.add(ops, null, WatchEntry.Kind.VEHICLE, "粤B88K66", "曾冒用放行条驶离营业网点");
        access.admitPerson(guard, s101, new Visitor("李明", IdType.RESIDENT_ID, "440303198511200017", "顺丰速运", "送取快件",
                "行政部 王姐", "A-017"));
        long engineer = access.admitPerson(guard, s101, new Visitor("陈建国", IdType.RESIDENT_ID, "320102197812313454",
                "深圳市安达消防工程有限公司", "消防设施年检", "运营主管 刘经理", "A-018")).id();
        access.personLeaves(guard, engineer, true);
        long cashVan = access.admitVehicle(guard, s101, "粤BD12345", "张师傅", "办公用品").id();
        access.release(guard, cashVan, "运营主管 刘经理");
        long van = access.admitVehicle(guard, s101, "粤B6M2Q8", "刘师傅", "空调外机 2 台").id();
        access.release(guard, van, null);
        access.admitVehicle(guard, s101, "粤B12345D", "黄师傅", "饮用水 30 桶");

        inspections.record(guard, s101, fire.getId(), List.of(new ItemResult(Outcome.FAIL, "二楼东侧 2 具灭火器压力指针在红区"),
                new ItemResult(Outcome.PASS, null), new ItemResult(Outcome.PASS, null), new ItemResult(Outcome.PASS, null),
                new ItemResult(Outcome.NOT_APPLICABLE, "控制器在物业监控室，由物业巡检")), Map.of());

        var outage = incidents.report(guard, s101, IncidentType.POWER_FAILURE, Severity.MINOR, "营业厅",
                "营业厅照明突然停电，UPS 已接管，客户情绪稳定", null, null);
        incidents.addAction(guard, outage.getId(), "启用应急照明，引导客户在等候区休息");
        incidents.addAction(leader, outage.getId(), "联系物业电工到场，查明为空气开关跳闸，已恢复供电");
        var theft = incidents.report(ops, s201, IncidentType.THEFT, Severity.SERIOUS, "B 栋地下车棚",
                "业主报称电动车一辆被盗，已调取监控", null, null);
        incidents.complete(ops, theft.getId(), new Incident.Completion(Severity.SERIOUS, false, "业主 周先生；嫌疑人男性一名",
                true, "深公南警 2026-1121-018", new BigDecimal("3200.00"), "电动车一辆"));
        more.plansAndHazards(leader, ops, s101, s102);
    }

}
