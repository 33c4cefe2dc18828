package org.garrison.facilities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.feedback.FeedbackForms.DecisionForm;
import org.garrison.facilities.feedback.FeedbackForms.FeedbackForm;
import org.garrison.facilities.feedback.FeedbackForms.HandleForm;
import org.garrison.facilities.feedback.FeedbackForms.ImplementedForm;
import org.garrison.facilities.feedback.FeedbackForms.SuggestionForm;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo client feedback and improvement suggestions at S101 福田支行 and S102 南山支行 over the last two months: six
 * pieces of feedback, mostly rated 4–5, one rated 2 at S101 and one the client filed in the portal still unhandled; four
 * suggestions, one accepted and implemented, one accepted and pending, one rejected, one still proposed. Pest control is
 * left without any, for tests that count from nothing.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoFeedback implements StartupData {

    private final ClientFeedback feedback;

    private final Suggestions suggestions;

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoFeedback(ClientFeedback feedback, Suggestions suggestions, IdentityManagement identity,
            OrganisationManagement organisation, Clock clock) {
        this.feedback = feedback;
        this.suggestions = suggestions;
        this.identity = identity;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "facilities.demo.feedback";
    }

    @Override
    public Set<String> after() {
        return Set.of("organisation.demo", "identity.demo");
    }

    @Override
    @Transactional
    public void load() {
        var logistics = identity.user("logistics").orElseThrow();
        var client = identity.user("client").orElseThrow();
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long s102 = organisation.siteByCode("S102").orElseThrow().value();
        if (!feedback.list(logistics.scope(), s101, null, null).isEmpty()
                || !feedback.list(logistics.scope(), s102, null, null).isEmpty()) {
            return;
        }
        feedbackAt(logistics, client, s101, s102);
        suggestionsAt(logistics, s101, s102);
    }

    private void feedbackAt(CurrentUser logistics, CurrentUser client, long s101, long s102) {
        var now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        handled(logistics, new FeedbackForm(s101, ServiceKind.CLEANING, Channel.HOTLINE, now.minusDays(45).withHour(10),
                "营业大厅保洁及时，雨天入口放置了防滑提示，很满意", 5), "感谢肯定，我们将继续保持");
        handled(logistics, new FeedbackForm(s101, ServiceKind.CLEANING, Channel.QUESTIONNAIRE, now.minusDays(20).withHour(15),
                "男卫生间下午时段有异味，清洁不够及时", 2), "已将卫生间巡查由每 2 小时一次改为每小时一次，并加强通风");
        feedback.record(client, new FeedbackForm(s101, ServiceKind.PLANT_CARE, null, null, "贵宾室绿植叶片发黄，请安排养护", 4));
        handled(logistics, new FeedbackForm(s102, ServiceKind.CLEANING, Channel.VISIT, now.minusDays(38).withHour(9),
                "回访：保洁员工作认真，玻璃门擦拭干净", 5), "感谢反馈，已转达保洁组");
        handled(logistics, new FeedbackForm(s102, ServiceKind.ELECTRICAL, Channel.SUGGESTION_BOX, now.minusDays(12).withHour(11),
                "营业大厅照明维修响应快，希望提前通知停电时间", 4), "今后计划停电将提前一天在大厅公告");
        handled(logistics, new FeedbackForm(s102, ServiceKind.PLANT_CARE, Channel.HOTLINE, now.minusDays(3).withHour(14),
                "新换的绿植摆放美观", 5), "感谢肯定");
    }

    private void handled(CurrentUser logistics, FeedbackForm form, String reply) {
        var row = feedback.record(logistics, form);
        feedback.handle(logistics, row.id(), new HandleForm(reply));
    }

    private void suggestionsAt(CurrentUser logistics, long s101, long s102) {
        var today = LocalDate.now(clock);
        var done = suggestions.propose(logistics, new SuggestionForm(s101, ServiceKind.CLEANING, "保洁主管 李娜", today.minusDays(25),
                "卫生间加装自动感应除臭装置"));
        suggestions.decide(logistics, done.id(), new DecisionForm(true, "费用已批准，本月实施"));
        suggestions.implemented(logistics, done.id(), new ImplementedForm(today.minusDays(2), "两个卫生间已安装感应除臭器"));
        var pending = suggestions.propose(logistics, new SuggestionForm(s102, ServiceKind.ELECTRICAL, "电工 赵强",
                today.minusDays(9), "配电间加装除湿机，防止雨季线路受潮"));
        suggestions.decide(logistics, pending.id(), new DecisionForm(true, "待采购"));
        var rejected = suggestions.propose(logistics, new SuggestionForm(s102, ServiceKind.PLANT_CARE, "绿植养护员 陈静",
                today.minusDays(15), "营业大厅增加大型盆栽 10 盆"));
        suggestions.decide(logistics, rejected.id(), new DecisionForm(false, "大厅通道宽度不足，改为在贵宾室增加 2 盆"));
        suggestions.propose(logistics, new SuggestionForm(s101, ServiceKind.PLANT_CARE, "绿植养护员 陈静", today.minusDays(1),
                "贵宾室绿植改为耐阴品种"));
    }

}
