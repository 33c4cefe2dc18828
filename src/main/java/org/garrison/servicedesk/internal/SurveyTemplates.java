package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questionnaires per service: a new one replaces the service's current one for surveys sent from now on. */
@Service
@Transactional
public class SurveyTemplates {

    static final int MAX_QUESTIONS = 20;

    private final SurveyTemplateRepository templates;

    private final SurveyQuestionRepository questions;

    private final ApplicationEventPublisher events;

    SurveyTemplates(SurveyTemplateRepository templates, SurveyQuestionRepository questions,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.questions = questions;
        this.events = events;
    }

    /** The questionnaires in use, by service, each with its questions. */
    @Transactional(readOnly = true)
    public List<Questionnaire> current() {
        return templates.findByActiveTrueOrderByServiceAscIdAsc()
            .stream()
            .map(t -> new Questionnaire(t, questions.findByTemplateIdOrderByPositionAsc(t.getId())))
            .toList();
    }

    /**
     * Creates a questionnaire from its questions (blank lines ignored).
     *
     * @throws DomainException with none or more than {@value #MAX_QUESTIONS} questions
     */
    public SurveyTemplate create(ServiceKind service, String name, List<String> lines) {
        var asked = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (asked.isEmpty() || asked.size() > MAX_QUESTIONS) {
            throw new DomainException("servicedesk.template.questionCount", MAX_QUESTIONS);
        }
        templates.findFirstByServiceAndActiveTrueOrderByIdDesc(service).ifPresent(SurveyTemplate::retire);
        var template = templates.save(new SurveyTemplate(service, name));
        for (int i = 0; i < asked.size(); i++) {
            questions.save(new SurveyQuestion(template.getId(), i + 1, asked.get(i)));
        }
        events.publishEvent(AuditedChange.of("CREATE", "SurveyTemplate", template.getId(), name, null,
                Map.of("service", service.name(), "questions", asked.size())));
        return template;
    }

    /** A questionnaire with its questions. */
    public record Questionnaire(SurveyTemplate template, List<SurveyQuestion> questions) {
    }

}
