package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface ReturnVisitRepository extends ListCrudRepository<ReturnVisit, Long>, JpaSpecificationExecutor<ReturnVisit> {

    List<ReturnVisit> findByClientIdOrderByScheduledOnDesc(long clientId);

    List<ReturnVisit> findByDoneOnIsNullAndRemindedOnIsNullAndScheduledOnLessThanEqualOrderByScheduledOn(LocalDate today);

}
