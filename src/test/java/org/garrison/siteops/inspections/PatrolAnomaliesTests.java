package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import org.garrison.siteops.internal.IncidentType;
import org.junit.jupiter.api.Test;

/** The incident type a guard's anomaly names; an unknown or missing code is filed as 其他. */
class PatrolAnomaliesTests {

    @Test
    void aKnownCodeIsItsTypeAndAnythingElseIsOther() {
        assertThat(PatrolAnomalies.type("FIRE")).isEqualTo(IncidentType.FIRE);
        assertThat(PatrolAnomalies.type("INTRUSION")).isEqualTo(IncidentType.INTRUSION);
        assertThat(PatrolAnomalies.type("EARTHQUAKE")).isEqualTo(IncidentType.OTHER);
        assertThat(PatrolAnomalies.type("fire")).isEqualTo(IncidentType.OTHER);
        assertThat(PatrolAnomalies.type(null)).isEqualTo(IncidentType.OTHER);
    }

}
