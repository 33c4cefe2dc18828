package org.garrison.people.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface EligibilityPolicyRepository extends JpaRepository<EligibilityPolicy, Long> {
}
