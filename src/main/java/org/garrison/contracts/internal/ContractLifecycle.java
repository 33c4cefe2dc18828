package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.internal.Contract.Inquiry;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.Series;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries, proposal versions, termination and renewal: every move goes through the contract's
 * state machine and is audited. Signing is {@link Signing}.
 */
@Service
@Transactional
public class ContractLifecycle {

    static final String SERIES = "contracts.contract";

    private final ContractQueries queries;

    private final ContractRepository contracts;

    private final ProposalVersionRepository versions;

    private final NumberingManagement numbering;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ContractLifecycle(ContractQueries queries, ContractRepository contracts, ProposalVersionRepository versions,
            NumberingManagement numbering, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.contracts = contracts;
        this.versions = versions;
        this.numbering = numbering;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Records a client's inquiry (需求); the client must be within the user's scope. */
    public Contract recordInquiry(DataScope scope, long clientId, Inquiry inquiry) {
        organisation.requireClient(scope, new ClientId(clientId));
        var contract = contracts.save(new Contract(numbering.next(SERIES, LocalDate.now(clock)), clientId, inquiry, null));
        audit("CREATE", contract, null);
        return contract;
    }

    /** Adds the next numbered proposal version with what changed; refuses a version without lines. */
    public ProposalVersion propose(DataScope scope, long contractId, String changes, List<Terms> lines) {
        var contract = queries.get(scope, contractId);
        var before = contract.snapshot();
        contract.proposed();
        var built = lines.stream().map(ServiceLine::new).toList();
        int next = versions.findFirstByContractIdOrderByNumberDesc(contractId).map(v -> v.getNumber() + 1).orElse(1);
        var version = versions.save(new ProposalVersion(contractId, next, changes, built, clock.instant(), actor()));
        events.publishEvent(AuditedChange.of("CREATE", "ProposalVersion", version.getId(),
                contract.getNumber() + " v" + next, null, version.snapshot()));
        audit("UPDATE", contract, before);
        return version;
    }

    /** Ends an active contract early. */
    public void terminate(DataScope scope, long contractId, String reason) {
        var contract = queries.get(scope, contractId);
        var before = contract.snapshot();
        contract.terminate(reason);
        audit("TERMINATE", contract, before);
    }

    /** Withdraws an inquiry or negotiation that will not be signed. */
    public void withdraw(DataScope scope, long contractId, String reason) {
        var contract = queries.get(scope, contractId);
        var before = contract.snapshot();
        contract.withdraw(reason);
        audit("WITHDRAW", contract, before);
    }

    /**
     * Starts the renewal of an active or expired contract: a new contract in negotiation whose first
     * proposal version is the signed one. Only one renewal may be open at a time.
     */
    public Contract startRenewal(DataScope scope, long contractId) {
        var current = queries.get(scope, contractId);
        current.requireRenewable();
        if (contracts.existsByRenewalOfAndStatusIn(contractId, List.of(ContractStatus.INQUIRY,
                ContractStatus.NEGOTIATING))) {
            throw new DomainException("contract.renewalOpen", current.getNumber());
        }
        var signed = versions.findByContractIdAndNumber(contractId, java.util.Objects.requireNonNull(current.getSignedVersion()))
            .orElseThrow();
        var renewal = contracts.save(new Contract(numbering.next(SERIES, LocalDate.now(clock)), current.getClientId(),
                new Inquiry(current.getTitle(), current.getNeeds(), current.getWantedSites(), null, null), contractId));
        audit("CREATE", renewal, null);
        propose(scope, renewal.getId(), "↻ " + current.getNumber() + " v" + signed.getNumber(),
                signed.getLines().stream().map(ServiceLine::terms).toList());
        return renewal;
    }

    private void audit(String action, Contract contract, java.util.@org.jspecify.annotations.Nullable Map<String, Object> before) {
        events.publishEvent(AuditedChange.of(action, "Contract", contract.getId(), contract.getNumber(), before,
                contract.snapshot()));
    }

    static String actor() {
        return CurrentUser.get().map(CurrentUser::username).orElse("system");
    }

    @Configuration(proxyBeanMethods = false)
    static class ContractSeries {

        @Bean
        Series contractSeries() {
            return new Series(SERIES, "HT", "-", 3);
        }

    }

}
