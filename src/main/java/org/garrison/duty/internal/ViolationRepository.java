package org.garrison.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ViolationRepository extends JpaRepository<Violation, Long>, JpaSpecificationExecutor<Violation> {

    boolean existsBySourceKey(String sourceKey);

}
