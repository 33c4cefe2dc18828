package org.garrison.contracts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProposalVersionRepository extends ListCrudRepository<ProposalVersion, Long> {

    List<ProposalVersion> findByContractIdOrderByNumberAsc(long contractId);

    Optional<ProposalVersion> findByContractIdAndNumber(long contractId, int number);

    Optional<ProposalVersion> findFirstByContractIdOrderByNumberDesc(long contractId);

}
