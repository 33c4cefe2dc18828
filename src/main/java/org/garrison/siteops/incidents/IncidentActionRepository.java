package org.garrison.siteops.incidents;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentActionRepository extends JpaRepository<IncidentAction, Long> {

    List<IncidentAction> findByIncidentIdOrderByTakenAtAscIdAsc(long incidentId);

}
