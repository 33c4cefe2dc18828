package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** Answering a survey: every question needs a score 1–5, checked before the survey counts as answered. */
class SurveyAnswersTests {

    private static final Instant SENT = Instant.parse("2026-11-20T01:00:00Z");

    private final SurveyRepository surveys = mock(SurveyRepository.class);

    private final SurveyQuestionRepository questions = mock(SurveyQuestionRepository.class);

    private final SurveyAnswerRepository answers = mock(SurveyAnswerRepository.class);

    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    private final SurveyAnswers survey = new SurveyAnswers(surveys, questions, answers, mock(OrganisationManagement.class),
            events, Clock.fixed(SENT.plus(Duration.ofDays(1)), ZoneOffset.UTC));

    private Survey sent;

    @BeforeEach
    void aSurveyWithTwoQuestions() {
        var template = new SurveyTemplate(ServiceKind.GUARDING, "安保服务满意度调查");
        ReflectionTestUtils.setField(template, "id", 1L);
        sent = new Survey(template, 7, 3, Survey.Reason.SCHEDULE, null, SurveyTokens.hash("tok"), SENT,
                SENT.plus(Duration.ofDays(14)));
        ReflectionTestUtils.setField(sent, "id", 3L);
        when(surveys.findByTokenHash(SurveyTokens.hash("tok"))).thenReturn(Optional.of(sent));
        var first = new SurveyQuestion(1L, 1, "门岗值守是否规范？");
        ReflectionTestUtils.setField(first, "id", 31L);
        var second = new SurveyQuestion(1L, 2, "巡逻是否到位？");
        ReflectionTestUtils.setField(second, "id", 32L);
        when(questions.findByTemplateIdOrderByPositionAsc(1L)).thenReturn(List.of(first, second));
    }

    @Test
    void aScoreOutOfRangeLeavesTheSurveyOpenAndStoresNothing() {
        assertThatThrownBy(() -> survey.answerByToken("tok", Map.of(31L, 5, 32L, 6), "好"))
            .hasMessage("servicedesk.survey.scoreRange");
        assertThat(sent.getAnsweredAt()).isNull();
        verify(answers, never()).saveAll(anyIterable());
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aQuestionWithoutItsScoreIsIncomplete() {
        var scores = new HashMap<Long, @Nullable Integer>(Map.of(31L, 5));
        scores.put(32L, null);
        assertThatThrownBy(() -> survey.answerByToken("tok", scores, "")).hasMessage("servicedesk.survey.incomplete");
        assertThatThrownBy(() -> survey.answerByToken("tok", Map.of(31L, 5), "")).hasMessage("servicedesk.survey.incomplete");
        assertThat(sent.getAnsweredAt()).isNull();
    }

    @Test
    void everyQuestionScoredAnswersTheSurvey() {
        survey.answerByToken("tok", Map.of(31L, 5, 32L, 4), "保洁及时");
        assertThat(sent.getAnsweredAt()).isNotNull();
        verify(answers).saveAll(anyIterable());
    }

}
