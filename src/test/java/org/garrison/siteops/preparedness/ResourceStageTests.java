package org.garrison.siteops.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.siteops.preparedness.ResourceStage.CHECK_DUE_SOON;
import static org.garrison.siteops.preparedness.ResourceStage.CHECK_OVERDUE;
import static org.garrison.siteops.preparedness.ResourceStage.EXPIRED;
import static org.garrison.siteops.preparedness.ResourceStage.EXPIRING_SOON;

import java.time.LocalDate;

import org.garrison.siteops.preparedness.ResourceStage.Reached;
import org.junit.jupiter.api.Test;

class ResourceStageTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCheckIsDueSoonFromThreeDaysAheadUntilItsDayAndOverdueAfterIt() {
        assertThat(ResourceStage.reached(TODAY.plusDays(4), null, TODAY)).isEmpty();
        assertThat(ResourceStage.reached(TODAY.plusDays(3), null, TODAY)).containsExactly(new Reached(CHECK_DUE_SOON, TODAY.plusDays(3)));
        assertThat(ResourceStage.reached(TODAY, null, TODAY)).containsExactly(new Reached(CHECK_DUE_SOON, TODAY));
        assertThat(ResourceStage.reached(TODAY.minusDays(1), null, TODAY)).containsExactly(new Reached(CHECK_OVERDUE, TODAY.minusDays(1)));
        assertThat(ResourceStage.reached(TODAY.minusDays(200), null, TODAY)).extracting(Reached::stage).containsExactly(CHECK_OVERDUE);
    }

    @Test
    void anExpiryIsSoonWithinThirtyDaysItsDayIncludedAndExpiredAfterIt() {
        LocalDate farCheck = TODAY.plusDays(100);
        assertThat(ResourceStage.reached(farCheck, TODAY.plusDays(31), TODAY)).isEmpty();
        assertThat(ResourceStage.reached(farCheck, TODAY.plusDays(30), TODAY)).containsExactly(new Reached(EXPIRING_SOON, TODAY.plusDays(30)));
        assertThat(ResourceStage.reached(farCheck, TODAY, TODAY)).containsExactly(new Reached(EXPIRING_SOON, TODAY));
        assertThat(ResourceStage.reached(farCheck, TODAY.minusDays(1), TODAY)).containsExactly(new Reached(EXPIRED, TODAY.minusDays(1)));
    }

    @Test
    void checkAndExpiryAreStagedSideBySide() {
        assertThat(ResourceStage.reached(TODAY.minusDays(2), TODAY.plusDays(10), TODAY))
            .containsExactly(new Reached(CHECK_OVERDUE, TODAY.minusDays(2)), new Reached(EXPIRING_SOON, TODAY.plusDays(10)));
    }

    @Test
    void theSameStageOnLaterDaysIsTheSameReminderAndACheckStartsAfresh() {
        var resource = new EmergencyResource(1, EmergencyResource.Kind.EXTINGUISHER, "干粉灭火器 4kg", "营业厅", 6, 30, null, TODAY);
        var overdue = ResourceStage.reached(resource.getNextCheck(), null, TODAY.plusDays(1));
        assertThat(ResourceStage.reached(resource.getNextCheck(), null, TODAY.plusDays(5)))
            .as("still overdue days later: the same stage about the same day, told once").isEqualTo(overdue);

        resource.check(TODAY.plusDays(5), true, null);
        var next = ResourceStage.reached(resource.getNextCheck(), null, TODAY.plusDays(33));
        assertThat(next).containsExactly(new Reached(CHECK_DUE_SOON, TODAY.plusDays(35)));
        assertThat(next).doesNotContainAnyElementsOf(overdue);
    }

}
