package org.garrison.contracts.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface VisitRepository extends ListCrudRepository<Visit, Long> {

    List<Visit> findByClientIdOrderByPlannedOnDesc(long clientId);

}
