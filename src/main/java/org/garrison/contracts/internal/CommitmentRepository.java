package org.garrison.contracts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

    List<Commitment> findByClientIdOrderByKeptOnAscDueAsc(long clientId);

    Optional<Commitment> findByIdAndClientIdIn(long id, Collection<Long> clientIds);

}
