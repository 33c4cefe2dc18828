package org.garrison.siteops.preparedness;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmergencyResourceRepository extends JpaRepository<EmergencyResource, Long>,
        JpaSpecificationExecutor<EmergencyResource> {

    /** Resources to be checked by {@code checkBy} or expiring by {@code expiringBy}, in the order of their sites. */
    List<EmergencyResource> findByNextCheckLessThanEqualOrExpiresOnLessThanEqualOrderBySiteIdAscIdAsc(LocalDate checkBy,
            LocalDate expiringBy);

}
