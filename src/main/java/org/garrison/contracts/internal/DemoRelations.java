package org.garrison.contracts.internal;

import java.time.LocalDate;

import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.garrison.shared.DataScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, part of {@link DemoContracts}: the bank's visits, commitments (one overdue), return
 * visits and meeting, and the science park's on-site return visit due today; then the follow-up sweep
 * runs once, so customer service find the reminders in their inbox.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoRelations {

    private static final DataScope SYSTEM = DataScope.company(0);

    private final ClientRelations relations;

    private final FollowUpSweep sweep;

    DemoRelations(ClientRelations relations, FollowUpSweep sweep) {
        this.relations = relations;
        this.sweep = sweep;
    }

    void create(long bank, long park, LocalDate today) {
        var visit = relations.planVisit(SYSTEM, bank, "季度服务回顾，了解夜间安保需求", "行政部王经理", today.minusDays(10), "客服部 李敏");
        relations.recordVisit(SYSTEM, visit.getId(), today.minusDays(10), "行政部王经理、福田支行张行长",
                "回顾本季度安保和保洁服务；讨论夜间巡逻频次和节假日加岗", "希望夜间增加一次巡逻，节假日大堂岗加一人");
        relations.reportVisit(SYSTEM, visit.getId(), "客户对服务总体满意；夜间巡逻频次需提高，已承诺两周内调整巡逻计划。");
        relations.commit(SYSTEM, Source.VISIT, visit.getId(), "调整福田支行夜间巡逻计划，增加 02:00 一次巡逻", "人防部 陈刚",
                today.plusDays(4));
        relations.planVisit(SYSTEM, bank, "节前安全检查沟通", "南山支行刘主任", today.plusDays(7), "客服部 李敏");
        var returnVisit = relations.scheduleReturnVisit(SYSTEM, bank, Method.PHONE, today.minusDays(5), 1);
        relations.returnVisitDone(SYSTEM, returnVisit.getId(), "客户满意，建议保洁加强雨天地面防滑", true);
        var meeting = relations.recordMeeting(SYSTEM, bank, today.minusDays(20), "第三季度客户沟通会",
                "鹏城银行：王经理、张行长；我方：总经理、客服部李敏、人防部陈刚",
                "通报第三季度服务情况和改进措施；客户提出节假日加岗和雨天防滑要求。");
        relations.commit(SYSTEM, Source.MEETING, meeting.getId(), "雨天在大堂入口放置防滑垫和警示牌", "后勤保障部 赵强",
                today.minusDays(13));
        relations.scheduleReturnVisit(SYSTEM, park, Method.ON_SITE, today, 3);
        sweep.sweep(today);
    }

}
