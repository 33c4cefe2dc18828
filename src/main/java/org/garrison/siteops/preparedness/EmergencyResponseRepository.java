package org.garrison.siteops.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyResponseRepository extends JpaRepository<EmergencyResponse, Long> {

    Optional<EmergencyResponse> findByIncidentId(long incidentId);

}
