package org.garrison.sla.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.CalendarDay;
import org.junit.jupiter.api.Test;

class DayLinesTests {

    @Test
    void readsHolidaysAndMakeUpDaysAsANoticeIsCopied() {
        var days = DayLines.parse("""
                2027-01-01 元旦

                2026-02-14 上班 春节调休上班
                2026-02-28\t班\t春节调休
                2025-10-01，国庆节、中秋节
                  2025-09-28　上班　国庆节调休上班
                """);
        assertThat(days).containsExactly(new CalendarDay(LocalDate.of(2027, 1, 1), false, "元旦"),
                new CalendarDay(LocalDate.of(2026, 2, 14), true, "春节调休上班"),
                new CalendarDay(LocalDate.of(2026, 2, 28), true, "春节调休"),
                new CalendarDay(LocalDate.of(2025, 10, 1), false, "国庆节、中秋节"),
                new CalendarDay(LocalDate.of(2025, 9, 28), true, "国庆节调休上班"));
        assertThat(DayLines.parse(" \n ")).isEmpty();
    }

    @Test
    void refusesTheFirstLineThatIsNoDateAndName() {
        assertThatThrownBy(() -> DayLines.parse("2027-01-01 元旦\n2027-02-30 春节"))
            .isInstanceOfSatisfying(DomainException.class, ex -> {
                assertThat(ex.messageKey()).isEqualTo("sla.days.badLine");
                assertThat(ex.arguments()).containsExactly(2, "2027-02-30 春节");
            });
        assertThatThrownBy(() -> DayLines.parse("2027-01-01")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DayLines.parse("2027-01-02 上班")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DayLines.parse("元旦 2027-01-01")).isInstanceOf(DomainException.class);
    }

}
