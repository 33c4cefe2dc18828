package org.garrison.contracts.internal;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts and their proposal versions as a user may see them: the data scope is a {@code WHERE} on
 * the client, so another client's contract is simply not found.
 */
@Service
@Transactional(readOnly = true)
public class ContractQueries {

    private final ContractRepository contracts;

    private final ProposalVersionRepository versions;

    private final OrganisationManagement organisation;

    ContractQueries(ContractRepository contracts, ProposalVersionRepository versions,
            OrganisationManagement organisation) {
        this.contracts = contracts;
        this.versions = versions;
        this.organisation = organisation;
    }

    public List<Contract> list(DataScope scope, @Nullable String text, @Nullable ContractStatus status,
            @Nullable Long clientId) {
        return contracts.findAll(spec(scope, text, status, clientId), Sort.by(Sort.Direction.DESC, "id"));
    }

    /** One page of what {@link #list} finds, newest first, paged in the query. */
    public Page<Contract> list(DataScope scope, @Nullable String text, @Nullable ContractStatus status,
            @Nullable Long clientId, Pageable pageable) {
        return contracts.findAll(spec(scope, text, status, clientId),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")));
    }

    private Specification<Contract> spec(DataScope scope, @Nullable String text, @Nullable ContractStatus status,
            @Nullable Long clientId) {
        Specification<Contract> spec = inScope(scope);
        if (text != null && !text.isBlank()) {
            String pattern = Like.containingLowerCase(text);
            spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("number")), pattern, Like.ESCAPE),
                    cb.like(cb.lower(r.get("title")), pattern, Like.ESCAPE)));
        }
        if (status != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        if (clientId != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("clientId"), clientId));
        }
        return spec;
    }

    public Contract get(DataScope scope, long id) {
        return contracts.findOne(inScope(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.contract", id));
    }

    public List<ProposalVersion> versions(DataScope scope, long contractId) {
        get(scope, contractId);
        return versions.findByContractIdOrderByNumberAsc(contractId);
    }

    public ProposalVersion version(DataScope scope, long contractId, int number) {
        get(scope, contractId);
        return versions.findByContractIdAndNumber(contractId, number)
            .orElseThrow(() -> new NotFoundException("entity.proposal", number));
    }

    /** The contract's newest proposal version, if it has one. */
    public java.util.Optional<ProposalVersion> latest(DataScope scope, long contractId) {
        get(scope, contractId);
        return versions.findFirstByContractIdOrderByNumberDesc(contractId);
    }

    /** Contract numbers by id (for lists of records that refer to contracts, e.g. start-up tasks). */
    public java.util.Map<Long, String> numbers(java.util.Collection<Long> ids) {
        var numbers = new java.util.HashMap<Long, String>();
        contracts.findAllById(ids).forEach(c -> numbers.put(c.getId(), c.getNumber()));
        return numbers;
    }

    /** Contracts whose client the scope covers (all for company-wide users). */
    Specification<Contract> inScope(DataScope scope) {
        return organisation.clientFilter(scope).on("clientId");
    }

}
