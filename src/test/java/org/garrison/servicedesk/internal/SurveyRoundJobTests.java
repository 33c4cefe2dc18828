package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class SurveyRoundJobTests {

    @Test
    void summaryCountsTheSurveysSentInBothLanguages() {
        var sender = mock(SurveySender.class);
        when(sender.sendRound()).thenReturn(12);

        var summary = new SurveyRoundJob(sender, mock(ServiceDeskSettings.class)).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("发出满意度调查 12 份");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Satisfaction surveys sent: 12");
    }

}
