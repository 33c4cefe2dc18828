package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ReturnVisitRepository extends ListCrudRepository<ReturnVisit, Long> {

    List<ReturnVisit> findByClientIdOrderByScheduledOnDesc(long clientId);

    Optional<ReturnVisit> findByIdAndClientIdIn(long id, Collection<Long> clientIds);

    List<ReturnVisit> findByDoneOnIsNullAndRemindedOnIsNullAndScheduledOnLessThanEqualOrderByScheduledOn(LocalDate today);

}
