package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.SiteTargets;
import org.garrison.contracts.SiteTargets.PostTarget;
import org.garrison.contracts.SiteTargets.ServiceTarget;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed contract's service lines as the rules for a site on a day. */
@Service
@Transactional(readOnly = true)
public class Terms {

    private static final List<ContractStatus> SIGNED = List.of(ContractStatus.ACTIVE, ContractStatus.EXPIRED,
            ContractStatus.RENEWED);

    private final ContractRepository contracts;

    private final ProposalVersionRepository versions;

    private final ContractSites sites;

    Terms(ContractRepository contracts, ProposalVersionRepository versions, ContractSites sites) {
        this.contracts = contracts;
        this.versions = versions;
        this.sites = sites;
    }

    /** The targets of the signed contract covering the site on the day, the latest signed if several. */
    public Optional<SiteTargets> targetsFor(SiteId site, LocalDate day) {
        return contracts.findAllById(sites.contractsAt(site.value()))
            .stream()
            .filter(c -> SIGNED.contains(c.getStatus()) && c.getStarts() != null && c.getEnds() != null
                    && !day.isBefore(c.getStarts()) && !day.isAfter(c.getEnds()))
            .max(Comparator.comparing(c -> Objects.requireNonNull(c.getSignedAt())))
            .flatMap(contract -> sites.codeOf(contract.getId(), site.value())
                .map(code -> targets(contract, site, code)));
    }

    private SiteTargets targets(Contract contract, SiteId site, String code) {
        var version = versions.findByContractIdAndNumber(contract.getId(), Objects.requireNonNull(contract.getSignedVersion()))
            .orElseThrow();
        var lines = version.getLines().stream().filter(l -> l.getSiteCode().equals(code)).toList();
        return of(new ContractId(contract.getId()), contract, site, lines);
    }

    static SiteTargets of(ContractId id, Contract contract, SiteId site, List<ServiceLine> lines) {
        var posts = lines.stream()
            .filter(l -> l.getKind().isGuarding())
            .map(l -> new PostTarget(Objects.requireNonNull(l.getPostName()), Objects.requireNonNull(l.getHeadcount()),
                    Objects.requireNonNull(l.getShiftsPerDay()), l.getMinHeightCm(), l.getRequirements(),
                    l.getPatrolsPerDay()))
            .toList();
        var services = lines.stream()
            .filter(l -> !l.getKind().isGuarding())
            .map(l -> new ServiceTarget(l.getKind(), l.getFrequency(), Objects.requireNonNull(l.getResponseMinutes()),
                    l.getEmergencyMinutes(), l.getResolutionMinutes(), Objects.requireNonNull(l.getSatisfactionPct())))
            .toList();
        return new SiteTargets(id, contract.getNumber(), site,
                Objects.requireNonNull(contract.getStarts()), Objects.requireNonNull(contract.getEnds()), posts, services);
    }

}
