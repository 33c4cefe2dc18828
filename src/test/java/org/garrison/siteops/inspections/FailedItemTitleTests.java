package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailedItemTitleTests {

    @Test
    void aFailedItemBecomesAProblemNotItsPassWording() {
        assertThat(Inspections.problemTitle("灭火器压力指针在绿区、铅封完好")).isEqualTo("未达标：灭火器压力指针在绿区、铅封完好");
    }

    @Test
    void theLongestItemStillFitsTheRegistersTitle() {
        assertThat(Inspections.problemTitle("项".repeat(300))).hasSize(Hazard.TITLE_MAX).startsWith("未达标：");
    }

}
