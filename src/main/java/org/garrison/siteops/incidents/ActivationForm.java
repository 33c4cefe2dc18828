package org.garrison.siteops.incidents;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.EmergencyPlan;
import org.jspecify.annotations.Nullable;

/** The emergency plan to activate for an incident, chosen among the approved plans of its site. */
record ActivationForm(@NotNull @Nullable Long planId) {

    /** The first plan written for the incident's type, else the first plan (the picker's order). */
    static ActivationForm suggested(List<EmergencyPlan> plans, IncidentType type) {
        return new ActivationForm(plans.stream()
            .filter(p -> p.getIncidentType() == type)
            .findFirst()
            .or(() -> plans.stream().findFirst())
            .map(EmergencyPlan::getId)
            .orElse(null));
    }

}
