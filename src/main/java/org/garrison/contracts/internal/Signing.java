package org.garrison.contracts.internal;

import java.time.Clock;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ContractSigned;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.BranchId;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing (签订) in one action: the terms and signed file are recorded, the proposal's sites and posts
 * are created or linked, start-up tasks open for security operations, training and logistics, and
 * {@link ContractSigned} tells the rest of the company. Anything refused leaves everything unchanged.
 */
@Service
public class Signing {

    /** Owner type of the signed file in the attachments. */
    public static final String OWNER_TYPE = "Contract";

    private final ContractQueries queries;

    private final ContractRepository contracts;

    private final SiteLinks siteLinks;

    private final DocumentsManagement documents;

    private final StartUpTasks tasks;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Signing(ContractQueries queries, ContractRepository contracts, SiteLinks siteLinks,
            DocumentsManagement documents, StartUpTasks tasks, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.contracts = contracts;
        this.siteLinks = siteLinks;
        this.documents = documents;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the signer enters.
     *
     * @param version the proposal version signed
     * @param branchId the branch new sites are created in
     * @param signedFile the scanned signed contract; signing is refused without it
     */
    public record SignRequest(int version, SignedTerms terms, long branchId, @Nullable Upload signedFile) {
    }

    @Transactional
    public Contract sign(DataScope scope, long contractId, SignRequest request) {
        var contract = queries.get(scope, contractId);
        if (request.signedFile() == null || request.signedFile().size() == 0) {
            throw new DomainException("contract.signedFileMissing");
        }
        var version = queries.versions(scope, contractId)
            .stream()
            .filter(v -> v.getNumber() == request.version())
            .findFirst()
            .orElseThrow(() -> new DomainException("contract.versionMissing", request.version()));
        var before = contract.snapshot();
        contract.sign(request.terms(), version.getNumber(), clock.instant());
        var sites = siteLinks.link(contract, version, new BranchId(request.branchId()));
        documents.attach(OWNER_TYPE, String.valueOf(contractId), request.signedFile());
        var opened = tasks.open(contract, version, sites);
        if (contract.getRenewalOf() != null) {
            contracts.findById(contract.getRenewalOf()).ifPresent(Contract::renewed);
        }
        events.publishEvent(AuditedChange.of("SIGN", "Contract", contractId, contract.getNumber(), before,
                contract.snapshot()));
        events.publishEvent(new ContractSigned(new ContractId(contractId), contract.getNumber(),
                new ClientId(contract.getClientId()), contract.getStarts(), contract.getEnds(),
                siteLinks.staffing(contract, version, sites, opened), clock.instant()));
        return contract;
    }

}
