package org.garrison.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question of a template, answered with a score from 1 (very dissatisfied) to 5 (very satisfied). */
@Entity
@Table(name = "sd_survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long templateId;

    private int position;

    private String text;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(long templateId, int position, String text) {
        this.templateId = templateId;
        this.position = position;
        this.text = text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

}
