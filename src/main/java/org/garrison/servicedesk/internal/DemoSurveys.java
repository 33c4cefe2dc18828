package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.StartupData;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: six months of answered guarding surveys at the bank's Futian branch and the science
 * park (for the trend chart), a cleaning survey, and one survey still waiting for the bank's answer.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoSurveys implements StartupData {

    /** Scores per question of each month's survey, oldest month first: satisfaction dips, then recovers. */
    private static final int[][] BANK = { { 5, 5, 4, 5, 4 }, { 5, 4, 4, 4, 5 }, { 4, 3, 4, 5, 4 }, { 3, 3, 4, 4, 3 },
            { 5, 4, 5, 4, 4 }, { 5, 5, 5, 4, 5 } };

    private static final int[][] PARK = { { 4, 4, 4, 5, 4 }, { 4, 5, 4, 4, 4 }, { 5, 4, 5, 4, 5 }, { 4, 4, 3, 4, 4 },
            { 5, 5, 4, 4, 5 }, { 4, 5, 5, 5, 4 } };

    private final SurveyRepository surveys;

    private final SurveyTemplateRepository templates;

    private final SurveyQuestionRepository questions;

    private final SurveyAnswerRepository answers;

    private final DemoActors people;

    private final Clock clock;

    DemoSurveys(SurveyRepository surveys, SurveyTemplateRepository templates, SurveyQuestionRepository questions,
            SurveyAnswerRepository answers, DemoActors people, Clock clock) {
        this.surveys = surveys;
        this.templates = templates;
        this.questions = questions;
        this.answers = answers;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "servicedesk.surveys";
    }

    @Override
    public Set<String> after() {
        return Set.of("servicedesk.demo", "contracts.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (surveys.existsByReason(Survey.Reason.SCHEDULE)) {
            return;
        }
        var guarding = templates.findFirstByServiceAndActiveTrueOrderByIdDesc(ServiceKind.GUARDING).orElseThrow();
        long bank = people.client("鹏城银行深圳分行");
        long park = people.client("南山科技园物业管理有限公司");
        for (int month = 0; month < BANK.length; month++) {
            var sentAt = clock.instant().minus(Duration.ofDays(30L * (BANK.length - month)));
            answered(guarding, bank, people.site("S101"), sentAt, BANK[month], month == 3 ? "夜班门岗登记不够规范。" : null);
            answered(guarding, park, people.site("S201"), sentAt, PARK[month], null);
        }
        var cleaning = templates.findFirstByServiceAndActiveTrueOrderByIdDesc(ServiceKind.CLEANING).orElseThrow();
        answered(cleaning, bank, people.site("S101"), clock.instant().minus(Duration.ofDays(10)), new int[] { 5, 4, 4, 5 },
                "保洁及时，垃圾分类到位。");
        surveys.save(new Survey(guarding, bank, people.site("S102"), Survey.Reason.SCHEDULE, null,
                SurveyTokens.hash(SurveyTokens.newToken()), clock.instant(), clock.instant().plus(Duration.ofDays(14))));
    }

    private void answered(SurveyTemplate template, long client, long site, java.time.Instant sentAt, int[] scores,
            @Nullable String comment) {
        var survey = surveys.save(new Survey(template, client, site, Survey.Reason.SCHEDULE, null,
                SurveyTokens.hash(SurveyTokens.newToken()), sentAt, sentAt.plus(Duration.ofDays(14))));
        survey.answer(comment, sentAt.plus(Duration.ofDays(2)));
        var asked = questions.findByTemplateIdOrderByPositionAsc(template.getId());
        for (int i = 0; i < asked.size(); i++) {
            answers.save(new SurveyAnswer(survey.getId(), asked.get(i).getId(), scores[i % scores.length]));
        }
    }

}
