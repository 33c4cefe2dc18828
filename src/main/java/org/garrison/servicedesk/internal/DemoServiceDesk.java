package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.shared.StartupData;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: complaints at every step of the flow (one waiting for customer service, one being
 * confirmed, one whose fee deduction waits for approval, one closed), opinion cards and an anonymous
 * whistle-blowing report.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoServiceDesk implements StartupData {

    private final ComplaintRepository complaints;

    private final Complaints register;

    private final ComplaintFlow flow;

    private final OpinionCards cards;

    private final WhistleReports whistle;

    private final DemoActors people;

    private final CorrectiveActions corrective;

    private final Clock clock;

    DemoServiceDesk(ComplaintRepository complaints, Complaints register, ComplaintFlow flow, OpinionCards cards,
            WhistleReports whistle, DemoActors people, CorrectiveActions corrective, Clock clock) {
        this.complaints = complaints;
        this.corrective = corrective;
        this.clock = clock;
        this.register = register;
        this.flow = flow;
        this.cards = cards;
        this.whistle = whistle;
        this.people = people;
    }

    @Override
    public String name() {
        return "servicedesk.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "approvals.demo", "sla.demo", "contracts.demo", "people.demo");
    }

    @Override
    public void load() {
        if (complaints.count() > 0) {
            return;
        }
        var cs = people.user("cs");
        var ops = people.user("ops");
        long s101 = people.site("S101");
        long s102 = people.site("S102");
        long s201 = people.site("S201");

        var rude = register.register(cs, details(s101, "鹏城银行深圳分行", "夜班保安对来访客户态度生硬，拒绝解释登记要求。",
                "更换该岗位队员，加强礼仪培训", ComplaintCategory.GENERAL, "ATTITUDE", ComplaintChannel.PHONE, null), true);
        flow.investigate(ops, rude.getId(), "调取监控并询问当班队员，情况属实：队员未按规范解释来访登记要求。", "王强（大堂岗）");
        LocalDate today = LocalDate.now(clock);
        corrective.plan(ops, rude.getId(), new CorrectiveAction.Plan("队员未掌握来访登记的解释口径，岗前礼仪培训缺失。",
                "大堂岗全体队员礼仪与来访登记话术培训，队长每周抽查一次。", ActionOwner.TRAINING, "培训部 刘芳", today.plusDays(14)));

        var absent = register.register(cs, details(s102, "鹏城银行深圳分行", "11 月 18 日 02:00–03:10 金库通道岗无人值守。",
                "依合同扣减当月服务费 2000 元", ComplaintCategory.FEE_DEDUCTION, "ABSENCE", ComplaintChannel.LETTER,
                new BigDecimal("2000.00")), true);
        flow.investigate(ops, absent.getId(), "考勤与巡更记录显示队员擅自离岗约 70 分钟。", "刘洋（金库通道岗）、队长陈刚");
        flow.confirm(people.user("supervisor"), absent.getId(), "刘洋、陈刚");
        people.as(cs, () -> flow.draft(cs, absent.getId(), "对涉事队员按脱岗处罚并调岗；同意扣减部分服务费。",
                Responsibility.STAFF, new BigDecimal("1500.00")));

        var client2 = people.user("client2");
        register.file(client2, details(s201, "南山科技园物业管理有限公司", "A 座地下车库夜间巡逻不到位，车辆被刮无人发现。",
                "加强夜间车库巡逻并提供巡逻记录", ComplaintCategory.GENERAL, "PATROL", ComplaintChannel.PORTAL, null));

        var client = people.user("client");
        var litter = register.file(client, details(s101, "鹏城银行深圳分行", "岗亭周边烟头较多，影响网点形象。", "保持岗亭周边整洁",
                ComplaintCategory.GENERAL, "APPEARANCE", ComplaintChannel.PORTAL, null));
        register.accept(cs, litter.getId(), true, null, null);
        flow.investigate(ops, litter.getId(), "岗亭周边卫生未按时清理。", "当班队员");
        flow.confirm(people.user("leader"), litter.getId(), "队长陈刚");
        flow.draft(cs, litter.getId(), "队长每班检查岗亭 15 米范围卫生。", Responsibility.STAFF, null);
        flow.answer(cs, litter.getId(), "已责成队长每班检查，并对当班队员批评教育。");
        flow.returnVisit(cs, litter.getId(), "电话回访林经理，对整改结果满意。");
        corrective.plan(ops, litter.getId(), new CorrectiveAction.Plan("交接班未交接岗亭卫生，队长未检查。",
                "交接班记录增加岗亭 15 米卫生一项，队长每班检查签字。", ActionOwner.TEAM_LEADER, "队长陈刚", today.plusDays(7)));
        corrective.done(people.user("leader"), litter.getId(), "交接班记录已增加卫生项，队长每班签字。");
        corrective.checkEffect(cs, litter.getId(), true, "两周抽查三次，岗亭周边整洁。", null);

        cards.write(client, s101, OpinionCard.Kind.PRAISE, "张伟", "大堂岗", "协助老人办理业务，耐心周到。");
        cards.write(client2, s201, OpinionCard.Kind.CRITICISM, null, "A 座门岗", "访客登记排队时间过长。");
        whistle.receive(null, true, null, null, "队员收受送货司机香烟", "有队员在夜班放行货车时收受司机香烟，时间多在周五晚上。",
                "科技园 A 座货运通道");
    }

    private static ComplaintDetails details(long site, String client, String reason, String demand,
            ComplaintCategory category, String type, ComplaintChannel channel, @Nullable BigDecimal claimed) {
        return new ComplaintDetails(site, client, "深圳市", "0755-8888 6666", reason, demand, category, type, channel,
                null, null, null, claimed, claimed == null ? null : "服务合同第七条第 3 款");
    }

}
