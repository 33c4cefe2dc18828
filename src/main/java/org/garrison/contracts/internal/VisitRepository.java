package org.garrison.contracts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByClientIdOrderByPlannedOnDesc(long clientId);

    Optional<Visit> findByIdAndClientIdIn(long id, Collection<Long> clientIds);

}
