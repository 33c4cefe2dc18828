package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.SiteTargets;
import org.garrison.contracts.SiteTargets.ServiceTarget;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;

class SatisfactionTargetsTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final ContractsManagement contracts = mock(ContractsManagement.class);

    private final SatisfactionTargets targets = new SatisfactionTargets(contracts,
            new ServiceDeskSettings(null, "0 0 9 1 * *", Map.of(), null));

    @Test
    void contractInForceAtTheMonthsEndSetsTheTargetOfItsService() {
        when(contracts.targetsFor(new SiteId(7), LocalDate.of(2026, 11, 30)))
            .thenReturn(Optional.of(targets(new ServiceTarget(ServiceKind.CLEANING, "daily", 120, 30, null, 98))));

        assertThat(targets.lookup().target(7, ServiceKind.CLEANING, NOVEMBER)).isEqualByComparingTo("98");
    }

    @Test
    void serviceTheContractDoesNotSellFallsBackToTheCompanyDefault() {
        when(contracts.targetsFor(any(), any()))
            .thenReturn(Optional.of(targets(new ServiceTarget(ServiceKind.CLEANING, "daily", 120, 30, null, 98))));

        assertThat(targets.lookup().target(7, ServiceKind.PLANT_CARE, NOVEMBER)).isEqualByComparingTo("90");
        assertThat(targets.lookup().target(7, ServiceKind.ELECTRICAL, NOVEMBER)).isEqualByComparingTo("95");
    }

    @Test
    void siteWithoutAContractInForceUsesTheCompanyDefault() {
        when(contracts.targetsFor(any(), any())).thenReturn(Optional.empty());

        assertThat(targets.lookup().target(7, ServiceKind.GUARDING, NOVEMBER)).isEqualByComparingTo(BigDecimal.valueOf(95));
    }

    @Test
    void oneReportAsksTheContractsModuleOncePerSiteAndMonth() {
        when(contracts.targetsFor(any(), any())).thenReturn(Optional.empty());
        var lookup = targets.lookup();

        lookup.target(7, ServiceKind.GUARDING, NOVEMBER);
        lookup.target(7, ServiceKind.CLEANING, NOVEMBER);

        verify(contracts, times(1)).targetsFor(any(), any());
    }

    private static SiteTargets targets(ServiceTarget... services) {
        return new SiteTargets(new ContractId(1), "HT-1", new SiteId(7), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(), List.of(services));
    }

}
