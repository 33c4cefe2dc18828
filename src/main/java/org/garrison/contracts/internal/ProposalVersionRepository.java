package org.garrison.contracts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

interface ProposalVersionRepository extends ListCrudRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByContractIdOrderByNumberAsc(long contractId);

    @EntityGraph(attributePaths = "lines")
    Optional<ProposalVersion> findByContractIdAndNumber(long contractId, int number);

    @EntityGraph(attributePaths = "lines")
    Optional<ProposalVersion> findFirstByContractIdOrderByNumberDesc(long contractId);

}
