package org.garrison.patrols;

import java.util.List;

/**
 * The incident types a guard may report an anomaly as, offered by the module that handles incidents (site
 * operations) so that the phone page picks from the same list as the incident form.
 */
public interface PatrolIncidentTypes {

    /** The types in the order the incident form offers them. */
    List<Choice> choices();

    /** One type: the code the event carries and the message key of its label. */
    record Choice(String code, String labelKey) {
    }

}
