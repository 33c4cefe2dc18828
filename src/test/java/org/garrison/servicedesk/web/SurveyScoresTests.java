package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SurveyScoresTests {

    @Test
    void readsScoresOfQuestionFieldsAndIgnoresTheRest() {
        assertThat(SurveyScores.of(Map.of("q12", "5", "q13", " 3 ", "_csrf", "x", "comment", "好")))
            .containsExactlyInAnyOrderEntriesOf(Map.of(12L, 5, 13L, 3));
    }

    @Test
    void refusesAScoreThatIsNotANumber() {
        assertThatThrownBy(() -> SurveyScores.of(Map.of("q12", "five"))).hasMessage("servicedesk.survey.incomplete");
    }

    @Test
    void refusesAnOverlongComment() {
        assertThat(SurveyScores.comment(Map.of())).isEmpty();
        assertThatThrownBy(() -> SurveyScores.comment(Map.of("comment", "长".repeat(1001))))
            .hasMessage("servicedesk.survey.commentTooLong");
    }

}
