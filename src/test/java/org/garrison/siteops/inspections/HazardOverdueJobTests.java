package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class HazardOverdueJobTests {

    @Test
    void summaryCountsTheHazardsAlertedInBothLanguages() {
        var hazards = mock(Hazards.class);
        when(hazards.alertOverdue()).thenReturn(3);

        var summary = new HazardOverdueJob(hazards).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("告警逾期隐患 3 项");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Overdue hazards alerted: 3");
    }

}
