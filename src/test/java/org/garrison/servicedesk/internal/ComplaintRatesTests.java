package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.SiteTargets;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ComplaintRatesTests {

    private static final SiteId SITE = new SiteId(7);

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final ContractsManagement contracts = mock(ContractsManagement.class);

    private final ComplaintRates rates = new ComplaintRates(mock(JdbcClient.class), mock(OrganisationManagement.class),
            contracts, new ServiceDeskSettings(null, "0 0 9 1 * *", null, null),
            Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void countsTheContractedGuardShiftsOfEveryDayOfTheMonth() {
        // gate 2 per shift × 3 shifts + lobby 1 × 2 = 8 guard-shifts a day, 30 days
        var contract = targets(1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        when(contracts.targetsFor(eq(SITE), any())).thenReturn(Optional.of(contract));
        assertThat(rates.guardShifts(SITE, NOVEMBER)).isEqualTo(240);
    }

    @Test
    void countsOnlyTheDaysAContractCoversAndBothContractsOfARenewal() {
        var started = targets(1, LocalDate.of(2026, 11, 21), LocalDate.of(2027, 11, 20));
        when(contracts.targetsFor(eq(SITE), eq(LocalDate.of(2026, 11, 30)))).thenReturn(Optional.of(started));
        when(contracts.targetsFor(eq(SITE), eq(LocalDate.of(2026, 11, 1)))).thenReturn(Optional.empty());
        assertThat(rates.guardShifts(SITE, NOVEMBER)).isEqualTo(10 * 8);

        var old = targets(2, LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 20));
        when(contracts.targetsFor(eq(SITE), eq(LocalDate.of(2026, 11, 1)))).thenReturn(Optional.of(old));
        assertThat(rates.guardShifts(SITE, NOVEMBER)).isEqualTo(30 * 8);
    }

    @Test
    void noContractNoServiceShifts() {
        when(contracts.targetsFor(eq(SITE), any())).thenReturn(Optional.empty());
        assertThat(rates.guardShifts(SITE, NOVEMBER)).isZero();
    }

    @Test
    void readsTheMonthAskedForOrTheCurrentOneInTheBusinessZone() {
        assertThat(rates.month((String) null)).isEqualTo(NOVEMBER);
        assertThat(rates.month(" 2026-10 ")).isEqualTo(YearMonth.of(2026, 10));
        assertThatThrownBy(() -> rates.month("2026-13")).hasMessage("servicedesk.rate.monthInvalid");
        assertThat(rates.target()).isEqualByComparingTo("1");
    }

    private static SiteTargets targets(long id, LocalDate starts, LocalDate ends) {
        return new SiteTargets(new ContractId(id), "HT-" + id, SITE, starts, ends,
                List.of(new SiteTargets.PostTarget("大门岗", 2, 3, null, null, null),
                        new SiteTargets.PostTarget("大堂岗", 1, 2, null, null, null)),
                List.of());
    }

}
