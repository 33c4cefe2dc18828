package org.garrison.siteops.incidents;

import java.util.Arrays;
import java.util.List;

import org.garrison.patrols.PatrolIncidentTypes;
import org.garrison.siteops.internal.IncidentType;

import org.springframework.stereotype.Component;

/** The incident types the guard's phone page offers for an anomaly reported as an incident: the incident form's. */
@Component
class PatrolIncidentTypeChoices implements PatrolIncidentTypes {

    @Override
    public List<Choice> choices() {
        return Arrays.stream(IncidentType.values()).map(t -> new Choice(t.name(), t.messageKey())).toList();
    }

}
