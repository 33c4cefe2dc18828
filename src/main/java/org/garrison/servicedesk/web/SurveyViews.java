package org.garrison.servicedesk.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.Survey;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveyQuestion;
import org.garrison.servicedesk.internal.SurveyState;
import org.garrison.servicedesk.internal.SurveyTemplates;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/** Surveys and questionnaires as the API shows them, with site names and the state at the business clock's now. */
final class SurveyViews {

    private final ComplaintQueries queries;

    private final Clock clock;

    SurveyViews(ComplaintQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    PageResponse<SurveyView> page(Page<Survey> surveys) {
        var names = queries.siteNames(surveys.getContent().stream().map(Survey::getSiteId).toList());
        var now = clock.instant();
        return PageResponse.of(surveys, s -> SurveyView.of(s, names.get(s.getSiteId()), now));
    }

    SurveyDetail detail(SurveyAnswers.Answered answered) {
        var survey = answered.survey();
        var view = SurveyView.of(survey, queries.siteNames(List.of(survey.getSiteId())).get(survey.getSiteId()),
                clock.instant());
        return new SurveyDetail(view, survey.getComment(), answered.questions()
            .stream()
            .map(q -> new QuestionView(q.getId(), q.getPosition(), q.getText(), answered.scores().get(q.getId())))
            .toList());
    }

    @Schema(name = "Survey", description = "A satisfaction survey sent for a site")
    record SurveyView(@Schema(example = "88") long id, @Schema(example = "3") long siteId,
            @Schema(example = "滨江花园驻点") @Nullable String siteName, @Schema(example = "GUARDING") String service,
            @Schema(example = "SCHEDULE", allowableValues = { "SCHEDULE", "COMPLAINT", "MANUAL" }) String reason,
            @Schema(example = "OPEN", allowableValues = { "OPEN", "ANSWERED", "EXPIRED" }) String state,
            @Schema(example = "2026-12-01T01:00:00Z") Instant sentAt,
            @Schema(example = "2026-12-15T01:00:00Z") Instant expiresAt, @Nullable Instant answeredAt) {

        static SurveyView of(Survey s, @Nullable String siteName, Instant now) {
            return new SurveyView(s.getId(), s.getSiteId(), siteName, s.getService().name(), s.getReason().name(),
                    SurveyState.of(s, now).name(), s.getSentAt(), s.getExpiresAt(), s.getAnsweredAt());
        }

    }

    @Schema(name = "SurveyDetail", description = "A survey with its questions and, once answered, the scores")
    record SurveyDetail(SurveyView survey, @Nullable String comment, List<QuestionView> questions) {
    }

    @Schema(name = "SurveyQuestion")
    record QuestionView(@Schema(example = "41") long id, @Schema(example = "1") int position,
            @Schema(example = "门岗值守是否规范？") String text,
            @Schema(description = "The score given, 1–5; absent until answered", example = "5") @Nullable Integer score) {
    }

    @Schema(name = "Questionnaire", description = "The questionnaire in use for a service")
    record QuestionnaireView(@Schema(example = "5") long id, @Schema(example = "GUARDING") String service,
            @Schema(example = "保安服务满意度调查") String name, List<QuestionView> questions) {

        static QuestionnaireView of(SurveyTemplates.Questionnaire q) {
            return new QuestionnaireView(q.template().getId(), q.template().getService().name(), q.template().getName(),
                    q.questions().stream().map(SurveyViews::question).toList());
        }

    }

    private static QuestionView question(SurveyQuestion q) {
        return new QuestionView(q.getId(), q.getPosition(), q.getText(), null);
    }

}
