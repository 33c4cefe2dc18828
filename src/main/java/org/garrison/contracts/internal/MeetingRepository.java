package org.garrison.contracts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

    List<Meeting> findByClientIdOrderByHeldOnDesc(long clientId);

}
