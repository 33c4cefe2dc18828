package org.garrison.siteops.inspections;

import java.util.Locale;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.patrols.PatrolAnomalyReported;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a guard reports at a checkpoint during a tour becomes a hazard of the site, in the guard's name,
 * for the team leader to assign and follow up. The title is written in the company's language (Chinese).
 */
@Component
class PatrolAnomalies {

    private final Hazards hazards;

    private final IdentityManagement identity;

    private final MessageSource messages;

    PatrolAnomalies(Hazards hazards, IdentityManagement identity, MessageSource messages) {
        this.hazards = hazards;
        this.identity = identity;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(PatrolAnomalyReported anomaly) {
        var guard = identity.contacts(Set.of(anomaly.reporterUserId()), Set.of()).stream()
            .findFirst()
            .flatMap(contact -> identity.user(contact.username()))
            .orElseThrow(() -> new IllegalStateException("reporter of patrol anomaly unknown: " + anomaly.scanId()));
        String title = messages.getMessage("siteops.hazard.fromPatrol", new Object[] { anomaly.checkpointName() },
                Locale.SIMPLIFIED_CHINESE);
        hazards.openFromPatrol(guard, anomaly.siteId().value(), anomaly.scanId(), title, anomaly.note());
    }

}
