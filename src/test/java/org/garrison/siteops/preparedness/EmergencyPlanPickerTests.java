package org.garrison.siteops.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.EmergencyPlan.Content;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;

class EmergencyPlanPickerTests {

    @Test
    void theIncidentsTypeComesFirstAndTheOtherPlansFollowByTitle() {
        var repository = mock(EmergencyPlanRepository.class);
        var blackout = plan(IncidentType.POWER_FAILURE, "停电应急预案");
        var fire = plan(IncidentType.FIRE, "营业厅火灾应急预案");
        var theft = plan(IncidentType.THEFT, "车棚防盗预案");
        var smoke = plan(IncidentType.FIRE, "机房烟感报警处置");
        when(repository.findBySiteIdAndStatusOrderByTitleAsc(1, EmergencyPlan.Status.APPROVED))
            .thenReturn(List.of(blackout, theft, smoke, fire));
        var plans = new EmergencyPlans(repository, mock(OrganisationManagement.class), mock(ApplicationEventPublisher.class),
                Clock.systemUTC());

        assertThat(plans.approvedAt(1, IncidentType.FIRE)).containsExactly(smoke, fire, blackout, theft);
        assertThat(plans.approvedAt(1, IncidentType.MEDICAL)).containsExactly(blackout, theft, smoke, fire);
    }

    private static EmergencyPlan plan(IncidentType type, String title) {
        return new EmergencyPlan(1, new Content(type, title, "报警", "通知主管", "处置", "恢复", null, null, null), 3, "队长 何勇");
    }

}
