package org.garrison.servicedesk.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The answers to a satisfaction survey, in the portal or behind its link: one score 1–5 per question, bound as
 * {@code scores[<question id>]} (the questions vary per questionnaire), and an optional comment.
 */
record AnswerForm(Map<String, @Nullable @Min(value = 1, message = "{servicedesk.survey.scoreRange}") @Max(value = 5,
        message = "{servicedesk.survey.scoreRange}") Integer> scores,
        @Size(max = 1000, message = "{servicedesk.survey.commentTooLong}") String comment) {

    AnswerForm {
        scores = scores == null ? new HashMap<>() : scores;
        comment = comment == null ? "" : comment;
    }

    static AnswerForm blank() {
        return new AnswerForm(new HashMap<>(), "");
    }

    /**
     * The scores by question id; a key that is no question id is left out (the questionnaire then finds a
     * question without its score).
     */
    Map<Long, @Nullable Integer> byQuestion() {
        var byQuestion = new HashMap<Long, @Nullable Integer>();
        scores.forEach((key, score) -> {
            if (key.matches("\\d{1,18}")) {
                byQuestion.put(Long.parseLong(key), score);
            }
        });
        return byQuestion;
    }

}
