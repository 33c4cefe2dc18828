package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class SatisfactionPeriodTests {

    /** 2026-11-30 in UTC, already 1 December in Shanghai. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T17:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final SatisfactionReport report = new SatisfactionReport(mock(JdbcClient.class),
            mock(OrganisationManagement.class), mock(SatisfactionTargets.class), clock);

    @Test
    void anEmptyPeriodIsTheLastSixMonthsOfTheBusinessZone() {
        assertThat(report.period(null, " ")).isEqualTo(new SatisfactionReport.Period(YearMonth.of(2026, 7), YearMonth.of(2026, 12)));
        assertThat(report.lastSixMonths()).isEqualTo(report.period(null, null));
        assertThat(report.period(null, "2026-03").from()).isEqualTo(YearMonth.of(2025, 10));
    }

    @Test
    void refusesAGarbledAReversedOrATooLongPeriod() {
        assertThatThrownBy(() -> report.period("2026-13", null)).isInstanceOf(DomainException.class)
            .hasMessageContaining("servicedesk.report.periodInvalid");
        assertThatThrownBy(() -> report.period("2026-05", "2026-04")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> report.period("2024-01", "2026-02")).isInstanceOf(DomainException.class);
        assertThat(report.period("2024-02", "2026-02").to()).isEqualTo(YearMonth.of(2026, 2));
    }

}
