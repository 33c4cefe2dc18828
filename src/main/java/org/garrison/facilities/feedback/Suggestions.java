package org.garrison.facilities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.feedback.FeedbackForms.DecisionForm;
import org.garrison.facilities.feedback.FeedbackForms.ImplementedForm;
import org.garrison.facilities.feedback.FeedbackForms.SuggestionForm;
import org.garrison.facilities.feedback.FeedbackViews.SuggestionRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement suggestions (改进建议, seed 003 L1137): proposed for a site's service, accepted or rejected by logistics,
 * and an accepted one implemented. Accepted suggestions count towards 改进建议, implemented ones towards 改进实施率.
 */
@Service
public class Suggestions {

    private final SuggestionRepository suggestions;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Suggestions(SuggestionRepository suggestions, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.suggestions = suggestions;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a suggestion for a site in scope, proposed on a day (empty: today).
     *
     * @throws NotFoundException when the site is outside the scope
     * @throws DomainException for guarding, a blank text or proposer, or a day after today
     */
    @Transactional
    public SuggestionRow propose(CurrentUser user, SuggestionForm form) {
        var site = new SiteId(Objects.requireNonNull(form.siteId()));
        organisation.requireSite(user.scope(), site);
        var saved = suggestions.save(new Suggestion(site.value(), Objects.requireNonNull(form.service()), form.proposedBy(),
                notAfterToday(form.proposedOn()), form.content(), user.displayName()));
        var row = SuggestionRow.of(saved, organisation.siteName(site));
        events.publishEvent(AuditedChange.of("CREATE", "Suggestion", saved.getId(), row.siteName(), null,
                Map.of("service", row.service(), "proposedBy", row.proposedBy())));
        return row;
    }

    /**
     * Accepts or rejects a suggestion of a site in scope.
     *
     * @throws DomainException when it is decided already, or rejected without a note
     */
    @Transactional
    public SuggestionRow decide(CurrentUser user, long id, DecisionForm form) {
        var found = load(user.scope(), id);
        found.decide(Boolean.TRUE.equals(form.accept()), form.note(), user.displayName(), clock.instant());
        return changed(found, SuggestionState.PROPOSED);
    }

    /**
     * Records an accepted suggestion of a site in scope as implemented on a day (empty: today).
     *
     * @throws DomainException unless it is accepted and not yet implemented, or for a day after today or before it was
     *     proposed
     */
    @Transactional
    public SuggestionRow implemented(CurrentUser user, long id, ImplementedForm form) {
        var found = load(user.scope(), id);
        found.implemented(notAfterToday(form.on()), form.note());
        return changed(found, SuggestionState.ACCEPTED);
    }

    /** The suggestions of the scope's sites, narrowed by site, service and state when given; newest first. */
    @Transactional(readOnly = true)
    public List<SuggestionRow> list(DataScope scope, @Nullable Long siteId, @Nullable ServiceKind service,
            @Nullable SuggestionState state) {
        Specification<Suggestion> spec = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (service != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("service"), service));
        }
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        var found = suggestions
            .findAll(spec, PageRequest.of(0, ClientFeedback.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "proposedOn", "id")))
            .getContent();
        var names = organisation.siteNamesById(found.stream().map(Suggestion::getSiteId).toList());
        return found.stream().map(s -> SuggestionRow.of(s, names.getOrDefault(s.getSiteId(), ""))).toList();
    }

    private SuggestionRow changed(Suggestion found, SuggestionState before) {
        var row = SuggestionRow.of(found, organisation.siteName(new SiteId(found.getSiteId())));
        events.publishEvent(AuditedChange.of("UPDATE", "Suggestion", found.getId(), row.siteName(), Map.of("state", before),
                Map.of("state", row.state())));
        return row;
    }

    private Suggestion load(DataScope scope, long id) {
        Specification<Suggestion> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return suggestions.findOne(byId.and(organisation.siteFilter(scope).on("siteId")))
            .orElseThrow(() -> new NotFoundException("facilities.suggestion.entity", id));
    }

    private LocalDate notAfterToday(@Nullable LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new DomainException("facilities.suggestion.futureDay");
        }
        return day;
    }

}
