package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class SurveyTests {

    private static final Instant SENT = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void surveyIsAnsweredOnce() {
        var survey = survey();
        assertThat(survey.isOpen(SENT.plusSeconds(60))).isTrue();
        survey.answer(" 很好 ", SENT.plusSeconds(60));
        assertThat(survey.getComment()).isEqualTo("很好");
        assertThat(survey.isOpen(SENT.plusSeconds(120))).isFalse();
        assertThatThrownBy(() -> survey.answer(null, SENT.plusSeconds(120))).hasMessage("servicedesk.survey.answered");
    }

    @Test
    void surveyLinkExpires() {
        var survey = survey();
        var expiry = SENT.plus(Duration.ofDays(14));
        assertThat(survey.isOpen(expiry.minusMillis(1))).isTrue();
        assertThat(survey.isOpen(expiry)).isFalse();
        assertThatThrownBy(() -> survey.answer(null, expiry)).hasMessage("servicedesk.survey.expired");
        assertThat(survey.getAnsweredAt()).isNull();
    }

    @Test
    void scoresGoFromOneToFive() {
        assertThatThrownBy(() -> new SurveyAnswer(1, 2, 0)).hasMessage("servicedesk.survey.scoreRange");
        assertThatThrownBy(() -> new SurveyAnswer(1, 2, 6)).hasMessage("servicedesk.survey.scoreRange");
        assertThat(new SurveyAnswer(1, 2, 5).getScore()).isEqualTo(5);
    }

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsKept() {
        String token = SurveyTokens.newToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(SurveyTokens.newToken());
        assertThat(SurveyTokens.hash(token)).hasSize(64).isEqualTo(SurveyTokens.hash(token)).doesNotContain(token);
    }

    @Test
    void satisfactionIsTheShareOfFoursAndFives() {
        assertThat(SatisfactionReport.percent(19, 20)).isEqualByComparingTo("95.0");
        assertThat(SatisfactionReport.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(SatisfactionReport.percent(0, 0)).isEqualByComparingTo("0");
    }

    @Test
    void targetsDefaultToTheSpecAndCanBeConfiguredPerService() {
        var defaults = new ServiceDeskSettings(Duration.ofDays(14), "0 0 9 1 * *", null, null);
        assertThat(defaults.target(ServiceKind.GUARDING)).isEqualByComparingTo("95");
        assertThat(defaults.target(ServiceKind.PLANT_CARE)).isEqualByComparingTo("90");
        var configured = new ServiceDeskSettings(Duration.ofDays(14), "0 0 9 1 * *",
                Map.of(ServiceKind.GUARDING, new BigDecimal("97")), null);
        assertThat(configured.target(ServiceKind.GUARDING)).isEqualByComparingTo("97");
        assertThat(configured.target(ServiceKind.CLEANING)).isEqualByComparingTo("95");
    }

    private static Survey survey() {
        var template = new SurveyTemplate(ServiceKind.GUARDING, "安保服务满意度调查");
        ReflectionTestUtils.setField(template, "id", 1L);
        return new Survey(template, 7, 3, Survey.Reason.SCHEDULE, null, "hash", SENT, SENT.plus(Duration.ofDays(14)));
    }

}
