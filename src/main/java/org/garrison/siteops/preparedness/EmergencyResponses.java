package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.incidents.IncidentQueries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activating an approved emergency plan for an open incident, and working through its steps. */
@Service
public class EmergencyResponses {

    private static final String ENTITY = "EmergencyResponse";

    private final EmergencyResponseRepository responses;

    private final EmergencyPlanRepository plans;

    private final IncidentQueries incidents;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EmergencyResponses(EmergencyResponseRepository responses, EmergencyPlanRepository plans, IncidentQueries incidents,
            ApplicationEventPublisher events, Clock clock) {
        this.responses = responses;
        this.plans = plans;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Activates a plan of the incident's site for the incident (one plan per incident).
     *
     * @throws DomainException when the plan is not approved, belongs to another site, or a plan is active already
     */
    @Transactional
    public EmergencyResponse activate(CurrentUser user, long incidentId, long planId) {
        var incident = incidents.visible(user, incidentId);
        incident.requireOpen();
        var plan = plans.findById(planId)
            .filter(p -> p.getSiteId() == incident.getSiteId())
            .orElseThrow(() -> new NotFoundException("entity.emergencyPlan", planId));
        if (responses.findByIncidentId(incidentId).isPresent()) {
            throw new DomainException("siteops.response.alreadyActive");
        }
        var response = responses.save(new EmergencyResponse(incidentId, plan, clock.instant(), user.displayName()));
        events.publishEvent(AuditedChange.of("ACTIVATE", ENTITY, response.getId(), incident.getIncidentNumber() + " "
                + plan.getTitle(), null, Map.of("incidentId", incidentId, "planId", planId)));
        return response;
    }

    /** Marks a step of the incident's response done now. */
    @Transactional
    public void complete(CurrentUser user, long incidentId, int position) {
        incidents.visible(user, incidentId).requireOpen();
        var response = responses.findByIncidentId(incidentId)
            .orElseThrow(() -> new NotFoundException("entity.emergencyResponse", incidentId));
        response.complete(position, clock.instant(), user.displayName());
        events.publishEvent(AuditedChange.of("STEP", ENTITY, response.getId(), "step " + position, null,
                Map.of("position", position)));
    }

    /** The response of an incident in the scope, with its steps. */
    @Transactional(readOnly = true)
    public Optional<EmergencyResponse> of(DataScope scope, long incidentId) {
        if (!incidents.exists(scope, incidentId, false)) {
            return Optional.empty();
        }
        var response = responses.findByIncidentId(incidentId);
        response.ifPresent(EmergencyResponse::getSteps);
        return response;
    }

}
