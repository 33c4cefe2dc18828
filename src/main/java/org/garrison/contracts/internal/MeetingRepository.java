package org.garrison.contracts.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findByClientIdOrderByHeldOnDesc(long clientId);

}
