package org.garrison.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;

/** The score a client gave one question. */
@Entity
@Table(name = "sd_survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long surveyId;

    private long questionId;

    private int score;

    protected SurveyAnswer() {
    }

    public SurveyAnswer(long surveyId, long questionId, int score) {
        if (score < 1 || score > 5) {
            throw new DomainException("servicedesk.survey.scoreRange");
        }
        this.surveyId = surveyId;
        this.questionId = questionId;
        this.score = score;
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getScore() {
        return score;
    }

}
