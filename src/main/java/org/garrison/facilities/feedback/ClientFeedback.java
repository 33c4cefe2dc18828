package org.garrison.facilities.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.facilities.feedback.FeedbackForms.FeedbackForm;
import org.garrison.facilities.feedback.FeedbackForms.HandleForm;
import org.garrison.facilities.feedback.FeedbackViews.FeedbackRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client feedback (客户反馈, seed 003 L982): a client files it for its own sites through the portal; logistics records
 * what came through the hotline, a questionnaire, the suggestion box or a return visit, and handles each with a reply.
 * Everyone with facility-services view reads the feedback of the sites in scope.
 */
@Service
public class ClientFeedback {

    /** Lists show at most this many rows, newest first. */
    static final int LIST_LIMIT = 300;

    private final FeedbackRepository feedback;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClientFeedback(FeedbackRepository feedback, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.feedback = feedback;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records feedback at a site in the user's scope. A client's comes through the portal and is received now; anyone
     * else needs to manage facility services and names another channel.
     *
     * @throws NotFoundException when the site is outside the scope
     * @throws DomainException for a rating outside 1–5, guarding, no channel, the portal named by staff, a future time
     */
    @Transactional
    public FeedbackRow record(CurrentUser user, FeedbackForm form) {
        var site = new SiteId(Objects.requireNonNull(form.siteId()));
        organisation.requireSite(user.scope(), site);
        boolean byClient = user.scope().level() == ScopeLevel.CLIENT;
        if (!byClient && !user.can(FacilitiesPermissions.FACILITIES_MANAGE)) {
            throw new AccessDeniedException("feedback is filed by the client or recorded by logistics");
        }
        Channel channel = byClient ? Channel.PORTAL : form.channel();
        if (channel == null) {
            throw new DomainException("facilities.feedback.channelRequired");
        }
        if (!byClient && channel == Channel.PORTAL) {
            throw new DomainException("facilities.feedback.portalByClient");
        }
        Instant received = byClient ? clock.instant() : receivedAt(form.receivedAt());
        var saved = feedback.save(new Feedback(site.value(), Objects.requireNonNull(form.service()), channel, received,
                String.valueOf(form.content()), form.rating(), user.displayName()));
        var row = FeedbackRow.of(saved, organisation.siteName(site));
        events.publishEvent(AuditedChange.of("CREATE", "Feedback", saved.getId(), row.siteName(), null,
                Map.of("service", row.service(), "channel", channel, "rating", String.valueOf(row.rating()))));
        return row;
    }

    /**
     * Handles feedback of a site in scope with a reply.
     *
     * @throws NotFoundException when it is not in the scope
     * @throws DomainException when it is handled already or the reply is blank
     */
    @Transactional
    public FeedbackRow handle(CurrentUser user, long id, HandleForm form) {
        if (!user.can(FacilitiesPermissions.FACILITIES_MANAGE)) {
            throw new AccessDeniedException("feedback is handled by logistics");
        }
        var found = load(user.scope(), id);
        found.handle(form.reply(), user.displayName(), clock.instant());
        var row = FeedbackRow.of(found, organisation.siteName(new SiteId(found.getSiteId())));
        events.publishEvent(AuditedChange.of("UPDATE", "Feedback", id, row.siteName(), Map.of("handled", false),
                Map.of("handled", true, "reply", String.valueOf(row.reply()))));
        return row;
    }

    /** Feedback of a site in scope. */
    @Transactional(readOnly = true)
    public FeedbackRow find(DataScope scope, long id) {
        var found = load(scope, id);
        return FeedbackRow.of(found, organisation.siteName(new SiteId(found.getSiteId())));
    }

    /** The feedback of the scope's sites, narrowed by site, service and whether handled when given; newest first. */
    @Transactional(readOnly = true)
    public List<FeedbackRow> list(DataScope scope, @Nullable Long siteId, @Nullable ServiceKind service,
            @Nullable Boolean handled) {
        Specification<Feedback> spec = organisation.siteFilter(scope).on("siteId");
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (service != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("service"), service));
        }
        if (handled != null) {
            spec = spec.and((root, query, cb) -> handled ? cb.isNotNull(root.get("handledAt")) : cb.isNull(root.get("handledAt")));
        }
        var found = feedback.findAll(spec, PageRequest.of(0, LIST_LIMIT, Sort.by(Sort.Direction.DESC, "receivedAt", "id")))
            .getContent();
        var names = organisation.siteNamesById(found.stream().map(Feedback::getSiteId).toList());
        return found.stream().map(f -> FeedbackRow.of(f, names.getOrDefault(f.getSiteId(), ""))).toList();
    }

    private Feedback load(DataScope scope, long id) {
        Specification<Feedback> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return feedback.findOne(byId.and(organisation.siteFilter(scope).on("siteId")))
            .orElseThrow(() -> new NotFoundException("facilities.feedback.entity", id));
    }

    private Instant receivedAt(@Nullable LocalDateTime at) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        Instant instant = at.atZone(clock.getZone()).toInstant();
        if (instant.isAfter(now.plusSeconds(60))) {
            throw new DomainException("facilities.feedback.futureTime");
        }
        return instant;
    }

}
