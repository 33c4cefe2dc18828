package org.garrison.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.contracts.ServiceKind;

/** A questionnaire for one service; its questions are {@link SurveyQuestion}s scored 1–5. */
@Entity
@Table(name = "sd_survey_template")
public class SurveyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    private String name;

    private boolean active;

    protected SurveyTemplate() {
    }

    public SurveyTemplate(ServiceKind service, String name) {
        this.service = service;
        this.name = name.strip();
        this.active = true;
    }

    /** A newer template of the same service replaces this one for new surveys. */
    public void retire() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public ServiceKind getService() {
        return service;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

}
