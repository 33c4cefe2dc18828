package org.garrison.contracts;

import java.time.LocalDate;
import java.util.Optional;

import org.garrison.contracts.internal.Terms;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Service;

/** What other modules ask of contracts: the rules the signed contract sets for a site. */
@Service
public class ContractsManagement {

    private final Terms terms;

    ContractsManagement(Terms terms) {
        this.terms = terms;
    }

    /**
     * The posts and headcount, patrol frequency, SLA and KPI targets the contract in force at the site on
     * the day sets (blank targets filled with the service defaults); empty when no signed contract covers
     * the site that day.
     */
    public Optional<SiteTargets> targetsFor(SiteId site, LocalDate day) {
        return terms.targetsFor(site, day);
    }

}
