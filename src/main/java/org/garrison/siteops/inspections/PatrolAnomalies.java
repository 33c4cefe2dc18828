package org.garrison.siteops.inspections;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.patrols.PatrolAnomalyReported;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.internal.IncidentType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a guard reports at a checkpoint during a tour becomes, as the guard chose, a hazard of the site for the
 * team leader to assign and follow up (titled in the company's language, Chinese) or an incident of the chosen
 * type at the checkpoint (an unknown type is filed as 其他), in the guard's name and at the scan's time.
 */
@Component
class PatrolAnomalies {

    private final Hazards hazards;

    private final Incidents incidents;

    private final IdentityManagement identity;

    private final MessageSource messages;

    PatrolAnomalies(Hazards hazards, Incidents incidents, IdentityManagement identity, MessageSource messages) {
        this.hazards = hazards;
        this.incidents = incidents;
        this.identity = identity;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PatrolAnomalyReported anomaly) {
        var guard = identity.contacts(Set.of(anomaly.reporterUserId()), Set.of()).stream()
            .findFirst()
            .flatMap(contact -> identity.user(contact.username()))
            .orElseThrow(() -> new IllegalStateException("reporter of patrol anomaly unknown: " + anomaly.scanId()));
        if (anomaly.asIncident()) {
            incidents.reportFromPatrol(guard, anomaly.siteId().value(), anomaly.scanId(), type(anomaly.incidentType()),
                    anomaly.checkpointName(), anomaly.note(), anomaly.reportedAt());
            return;
        }
        String title = messages.getMessage("siteops.hazard.fromPatrol", new Object[] { anomaly.checkpointName() },
                Locale.SIMPLIFIED_CHINESE);
        hazards.openFromPatrol(guard, anomaly.siteId().value(), anomaly.scanId(), title, anomaly.note());
    }

    static IncidentType type(@Nullable String code) {
        return Arrays.stream(IncidentType.values()).filter(t -> t.name().equals(code)).findFirst().orElse(IncidentType.OTHER);
    }

}
