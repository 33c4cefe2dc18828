package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering surveys: through the link (no sign-in; the token is the key, used once, until it expires) or in
 * the client portal (the survey must be one of the client's sites). Every question needs a score 1–5.
 */
@Service
@Transactional
public class SurveyAnswers {

    private final SurveyRepository surveys;

    private final SurveyQuestionRepository questions;

    private final SurveyAnswerRepository answers;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SurveyAnswers(SurveyRepository surveys, SurveyQuestionRepository questions, SurveyAnswerRepository answers,
            OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.answers = answers;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The open survey behind a link; an unknown, used or expired link is refused. */
    @Transactional(readOnly = true)
    public Questionnaire byToken(String token) {
        return questionnaire(open(surveys.findByTokenHash(SurveyTokens.hash(token))
            .orElseThrow(() -> new DomainException("servicedesk.survey.unknownLink"))));
    }

    @Transactional(readOnly = true)
    public Questionnaire inPortal(CurrentUser user, long surveyId) {
        return questionnaire(open(visible(user, surveyId)));
    }

    public void answerByToken(String token, Map<Long, @Nullable Integer> scores, @Nullable String comment) {
        answer(surveys.findByTokenHash(SurveyTokens.hash(token))
            .orElseThrow(() -> new DomainException("servicedesk.survey.unknownLink")), scores, comment);
    }

    public void answerInPortal(CurrentUser user, long surveyId, Map<Long, @Nullable Integer> scores,
            @Nullable String comment) {
        answer(visible(user, surveyId), scores, comment);
    }

    /** Surveys of the user's sites still waiting for an answer, newest first. */
    @Transactional(readOnly = true)
    public List<Survey> openFor(CurrentUser user) {
        var now = clock.instant();
        return recent(user).stream().filter(s -> s.isOpen(now)).toList();
    }

    /** The latest 200 surveys sent for the user's sites, answered or not, newest first. */
    @Transactional(readOnly = true)
    public List<Survey> recent(CurrentUser user) {
        return surveys.findAll(organisation.siteFilter(user.scope()).on("siteId"),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "sentAt"))).getContent();
    }

    /**
     * The surveys sent for the user's sites, newest first, optionally of one site or in one state. A user who does
     * not handle complaints (a client) sees only the surveys still open for it, as in the portal.
     */
    @Transactional(readOnly = true)
    public Page<Survey> sent(CurrentUser user, @Nullable Long siteId, @Nullable SurveyState state, Pageable pageable) {
        var now = clock.instant();
        var asked = user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE) ? state : SurveyState.OPEN;
        Specification<Survey> where = organisation.siteFilter(user.scope()).on("siteId");
        if (siteId != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (asked != null) {
            where = where.and(asked.on(now));
        }
        return surveys.findAll(where, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "sentAt", "id")));
    }

    /**
     * One survey of the user's sites with its questions and, once answered, the scores by question id; a user who
     * does not handle complaints reaches only the surveys still open for it.
     *
     * @throws NotFoundException when unknown, outside the scope or (for a client) no longer open
     */
    @Transactional(readOnly = true)
    public Answered one(CurrentUser user, long surveyId) {
        var survey = visible(user, surveyId);
        if (!user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE) && !survey.isOpen(clock.instant())) {
            throw new NotFoundException("servicedesk.survey", surveyId);
        }
        var scores = new java.util.LinkedHashMap<Long, Integer>();
        answers.findBySurveyId(surveyId).forEach(a -> scores.put(a.getQuestionId(), a.getScore()));
        return new Answered(survey, questions.findByTemplateIdOrderByPositionAsc(survey.getTemplateId()), scores);
    }

    /** A survey with its questions and the scores given (empty until answered). */
    public record Answered(Survey survey, List<SurveyQuestion> questions, Map<Long, Integer> scores) {
    }

    private void answer(Survey survey, Map<Long, @Nullable Integer> scores, @Nullable String comment) {
        var asked = questions.findByTemplateIdOrderByPositionAsc(survey.getTemplateId());
        if (asked.stream().anyMatch(q -> scores.get(q.getId()) == null) || scores.size() != asked.size()) {
            throw new DomainException("servicedesk.survey.incomplete");
        }
        // each score is checked (1–5) before the survey counts as answered
        var given = asked.stream()
            .map(q -> new SurveyAnswer(survey.getId(), q.getId(), Objects.requireNonNull(scores.get(q.getId()))))
            .toList();
        survey.answer(comment, clock.instant());
        answers.saveAll(given);
        events.publishEvent(AuditedChange.of("ANSWER", "Survey", survey.getId(), survey.getService().name(), null,
                Map.of("scores", given.stream().map(SurveyAnswer::getScore).toList())));
    }

    private Survey visible(CurrentUser user, long surveyId) {
        return surveys.findById(surveyId)
            .filter(s -> organisation.covers(user.scope(), new SiteId(s.getSiteId())))
            .orElseThrow(() -> new NotFoundException("servicedesk.survey", surveyId));
    }

    private Survey open(Survey survey) {
        if (survey.getAnsweredAt() != null) {
            throw new DomainException("servicedesk.survey.answered");
        }
        if (!survey.isOpen(clock.instant())) {
            throw new DomainException("servicedesk.survey.expired");
        }
        return survey;
    }

    private Questionnaire questionnaire(Survey survey) {
        return new Questionnaire(survey, questions.findByTemplateIdOrderByPositionAsc(survey.getTemplateId()));
    }

    /** A survey with its questions, to be answered. */
    public record Questionnaire(Survey survey, List<SurveyQuestion> questions) {
    }

}
