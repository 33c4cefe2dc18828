package org.garrison.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The numbering module on its own: a series counts per day, readable and without gaps. */
@ApplicationModuleTest
@Import(ModuleTestBeans.class)
class NumberingModuleTests {

    @Autowired
    NumberingManagement numbering;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void seriesCountsPerDayWithoutGaps() {
        String series = "模块-" + UUID.randomUUID().toString().substring(0, 4);
        var day = LocalDate.of(2026, 11, 21);
        String first = transactions.execute(status -> numbering.next(series, day));
        String second = transactions.execute(status -> numbering.next(series, day));
        String otherDay = transactions.execute(status -> numbering.next(series, day.plusDays(1)));
        assertThat(first).isEqualTo(series + "-20261121-001");
        assertThat(second).isEqualTo(series + "-20261121-002");
        assertThat(otherDay).isEqualTo(series + "-20261122-001");
    }

}
