package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends satisfaction surveys: a new survey gets a single-use link valid for the configured time, and the
 * client users of the site are told (in-app, e-mail per their choice) with that link.
 */
@Service
@Transactional
public class SurveySender {

    private final SurveyTemplateRepository templates;

    private final SurveyRepository surveys;

    private final OrganisationManagement organisation;

    private final ServiceDeskSettings settings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SurveySender(SurveyTemplateRepository templates, SurveyRepository surveys, OrganisationManagement organisation,
            ServiceDeskSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.surveys = surveys;
        this.organisation = organisation;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Customer service sends a survey for a site by hand.
     *
     * @return the link's token, shown once (e.g. to read out or send by other means)
     * @throws NotFoundException when the site is outside the user's scope
     * @throws DomainException when the site has no client or the service no questionnaire
     */
    public String sendByHand(CurrentUser user, long siteId, ServiceKind service) {
        if (!organisation.covers(user.scope(), new SiteId(siteId))) {
            throw new NotFoundException("entity.site", siteId);
        }
        return send(siteId, service, Survey.Reason.MANUAL, null);
    }

    /** The periodic round: every active client gets a guarding survey for each of its sites. */
    public int sendRound() {
        int sent = 0;
        for (var client : organisation.clientsIn(DataScope.company(0))) {
            if (!"ACTIVE".equals(client.status())) {
                continue;
            }
            for (var site : organisation.sitesOf(DataScope.company(0), client.id())) {
                send(site.id().value(), ServiceKind.GUARDING, Survey.Reason.SCHEDULE, null);
                sent++;
            }
        }
        return sent;
    }

    /** After a closed complaint: the client is asked how satisfied it is with the guarding at that site. */
    void afterComplaint(long complaintId, long siteId) {
        send(siteId, ServiceKind.GUARDING, Survey.Reason.COMPLAINT, complaintId);
    }

    private String send(long siteId, ServiceKind service, Survey.Reason reason, @Nullable Long complaintId) {
        var template = templates.findFirstByServiceAndActiveTrueOrderByIdDesc(service)
            .orElseThrow(() -> new DomainException("servicedesk.survey.noTemplate", service.name()));
        var client = organisation.clientsIn(new DataScope(ScopeLevel.SITE, siteId, 0)).stream().findFirst()
            .orElseThrow(() -> new DomainException("servicedesk.survey.noClient"));
        var now = clock.instant();
        String token = SurveyTokens.newToken();
        var survey = surveys.save(new Survey(template, client.id().value(), siteId, reason, complaintId,
                SurveyTokens.hash(token), now, now.plus(settings.surveyLinkValidity())));
        events.publishEvent(AuditedChange.of("SEND", "Survey", survey.getId(), template.getName(), null,
                Map.of("clientId", client.id(), "siteId", siteId, "reason", reason.name())));
        events.publishEvent(new NotificationRequested("servicedesk.survey", Set.of(), Set.of("CLIENT"), new SiteId(siteId),
                "servicedesk.notification.survey", List.of(template.getName()), "/public/surveys/" + token, false, now));
        return token;
    }

}
