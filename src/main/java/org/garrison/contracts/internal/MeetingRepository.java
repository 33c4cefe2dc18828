package org.garrison.contracts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByClientIdOrderByHeldOnDesc(long clientId);

    Optional<Meeting> findByIdAndClientIdIn(long id, Collection<Long> clientIds);

}
