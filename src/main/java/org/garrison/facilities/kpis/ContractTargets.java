package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.SiteTargets.ServiceTarget;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The service targets a site's contract in force at the end of a month names (defaults filled in by the contracts
 * module); a lookup asks the contracts module once per site and month.
 */
@Component
class ContractTargets {

    private final ContractsManagement contracts;

    ContractTargets(ContractsManagement contracts) {
        this.contracts = contracts;
    }

    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<List<Object>, List<ServiceTarget>> services = new HashMap<>();

        Optional<ServiceTarget> of(SiteId site, ServiceKind service, YearMonth month) {
            return services
                .computeIfAbsent(List.of(site, month),
                        k -> contracts.targetsFor(site, month.atEndOfMonth()).map(t -> t.services()).orElse(List.of()))
                .stream()
                .filter(s -> s.kind() == service)
                .findFirst();
        }

        /** The contract's satisfaction target for the service, else the KPI's own. */
        Kpi.Target satisfaction(SiteId site, ServiceKind service, YearMonth month, Kpi.Target company) {
            return of(site, service, month).map(s -> company.withValue(BigDecimal.valueOf(s.satisfactionPct()))).orElse(company);
        }

        @Nullable
        Integer responseMinutes(SiteId site, ServiceKind service, YearMonth month) {
            var contracted = of(site, service, month);
            return contracted.isPresent() ? Integer.valueOf(contracted.get().responseMinutes()) : service.defaultResponseMinutes();
        }

        @Nullable
        Integer emergencyMinutes(SiteId site, ServiceKind service, YearMonth month) {
            var contracted = of(site, service, month);
            return contracted.isPresent() ? contracted.get().emergencyMinutes() : service.defaultEmergencyMinutes();
        }

    }

}
