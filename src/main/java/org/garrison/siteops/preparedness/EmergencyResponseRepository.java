package org.garrison.siteops.preparedness;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyResponseRepository extends JpaRepository<EmergencyResponse, Long> {

    Optional<EmergencyResponse> findByIncidentId(long incidentId);

}
