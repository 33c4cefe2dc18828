package org.garrison.siteops.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.preparedness.EmergencyPlan.Content;
import org.garrison.siteops.preparedness.EmergencyPlans;
import org.garrison.siteops.preparedness.EmergencyResource;
import org.garrison.siteops.preparedness.Preparedness;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the fire plan of 福田支行 approved by security operations, a drill held and one planned,
 * emergency resources, and a hazard at S102; users and sites by name.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoPlansAndHazards {

    private final EmergencyPlans plans;

    private final Hazards hazards;

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final Preparedness preparedness;

    private final Clock clock;

    DemoPlansAndHazards(EmergencyPlans plans, Hazards hazards, Preparedness preparedness, IdentityManagement identity,
            OrganisationManagement organisation, Clock clock) {
        this.plans = plans;
        this.preparedness = preparedness;
        this.hazards = hazards;
        this.identity = identity;
        this.organisation = organisation;
        this.clock = clock;
    }

    void plansAndHazards(CurrentUser leader, CurrentUser ops, long s101, long s102) {
        var plan = plans.create(leader, s101, new Content(IncidentType.FIRE, "福田支行营业厅火灾应急预案",
                "发现烟雾或火情，立即报告监控室和队长\n监控室确认报警位置并通知值班经理",
                "队长宣布启动预案，拨打 119 并报告保安主管和人防部\n启动消防广播，切断非消防电源",
                "就近使用灭火器、消防栓扑救初起火灾\n引导客户和员工从东侧安全出口疏散\n守住金库和现金区，防止趁乱盗抢\n在路口引导消防车进场",
                "在集结点清点人数，报告伤亡情况\n配合消防部门勘查现场，评估损失\n组织事后总结，整改消防隐患",
                "灭火器 12 具（营业厅 6、二楼 4、金库走廊 2）；消防栓 3 处；急救箱 1 个；应急照明 8 盏",
                "监控室 0755-8321 0001；队长 何勇 138 0000 0101；保安主管 郑伟 138 0000 0102；火警 119",
                "营业厅 → 东侧安全出口 → 大楼东侧停车场集结点；二楼 → 东侧楼梯 → 同一集结点"));
        plans.submit(leader, plan.getId());
        plans.decide(ops, plan.getId(), true, "预案内容完整，同意实施");
        hazards.open(ops, s102, "配电房门锁损坏", "配电房门锁无法锁闭，非工作人员可进入", Severity.SERIOUS, "物业工程部 陈工",
                LocalDate.now(clock).plusDays(3), null);
        LocalDate today = LocalDate.now(clock);
        var drill = preparedness.planDrill(leader, s101, "营业厅火灾疏散演练（第四季度）", today.minusDays(5));
        preparedness.holdDrill(leader, drill.getId(), today.minusDays(5), "队长何勇及当班队员 6 人、网点员工 12 人",
                "3 分 20 秒完成疏散，灭火器实操 4 人次，整体有序", "消防广播二楼音量偏小\n东侧安全出口指示灯一盏不亮");
        preparedness.planDrill(leader, s101, "防抢劫应急演练", today.plusDays(20));
        var extinguishers = preparedness.addResource(leader, s101, EmergencyResource.Kind.EXTINGUISHER, "干粉灭火器 4kg",
                "营业厅及二楼走廊", 10, 30, today.plusYears(3));
        preparedness.checkResource(leader, extinguishers.getId(), true, null);
        preparedness.addResource(leader, s101, EmergencyResource.Kind.FIRST_AID_KIT, "急救箱", "保安值班室", 1, 90,
                today.plusDays(20));
    }

    CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

    long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    Clock clock() {
        return clock;
    }

}
