package org.garrison.servicedesk.internal;

import java.time.Instant;

import org.springframework.data.jpa.domain.Specification;

/** Where a survey stands: waiting for its answer, answered, or expired unanswered. */
public enum SurveyState {

    OPEN, ANSWERED, EXPIRED;

    /** The state at {@code now} of a survey. */
    public static SurveyState of(Survey survey, Instant now) {
        if (survey.getAnsweredAt() != null) {
            return ANSWERED;
        }
        return survey.isOpen(now) ? OPEN : EXPIRED;
    }

    /** The condition for surveys in this state at {@code now}. */
    Specification<Survey> on(Instant now) {
        return (root, query, cb) -> switch (this) {
            case ANSWERED -> cb.isNotNull(root.get("answeredAt"));
            case OPEN -> cb.and(cb.isNull(root.get("answeredAt")), cb.greaterThan(root.get("expiresAt"), now));
            case EXPIRED -> cb.and(cb.isNull(root.get("answeredAt")), cb.lessThanOrEqualTo(root.get("expiresAt"), now));
        };
    }

}
