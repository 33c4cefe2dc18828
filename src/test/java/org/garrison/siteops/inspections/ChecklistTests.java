package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChecklistTests {

    @Test
    void itemsAreTheNonBlankLinesInOrder() {
        var checklist = new Checklist("消防设施检查", Checklist.Category.FIRE, " 灭火器压力正常 \r\n\n消防通道畅通\n  \n应急灯完好");
        assertThat(checklist.itemList()).containsExactly("灭火器压力正常", "消防通道畅通", "应急灯完好");
        assertThat(checklist.getItems()).isEqualTo("灭火器压力正常\n消防通道畅通\n应急灯完好");
    }

    @Test
    void refusesAChecklistWithoutItemsOrWithTooMany() {
        assertThatThrownBy(() -> new Checklist("空", Checklist.Category.OTHER, " \n ")).hasMessage("siteops.checklist.noItems");
        assertThatThrownBy(() -> new Checklist("长", Checklist.Category.OTHER, "项\n".repeat(41)))
            .hasMessage("siteops.checklist.tooManyItems");
        assertThatThrownBy(() -> new Checklist("长", Checklist.Category.OTHER, "项".repeat(301)))
            .hasMessage("siteops.checklist.tooManyItems");
    }

    @Test
    void scheduleIsDueFromItsDayAndMovesOnFromTheDayOfTheInspection() {
        var weekly = new InspectionSchedule(1, 2, 7, LocalDate.of(2026, 11, 21));
        assertThat(weekly.isDue(LocalDate.of(2026, 11, 20))).isFalse();
        assertThat(weekly.isDue(LocalDate.of(2026, 11, 21))).isTrue();
        weekly.inspected(LocalDate.of(2026, 11, 23));
        assertThat(weekly.getNextDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> new InspectionSchedule(1, 2, 0, LocalDate.of(2026, 11, 21)))
            .hasMessage("siteops.schedule.everyDaysInvalid");
    }

}
