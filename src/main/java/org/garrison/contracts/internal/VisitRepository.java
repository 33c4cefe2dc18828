package org.garrison.contracts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface VisitRepository extends ListCrudRepository<Visit, Long>, JpaSpecificationExecutor<Visit> {

    List<Visit> findByClientIdOrderByPlannedOnDesc(long clientId);

}
