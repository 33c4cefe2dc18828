package org.garrison.servicedesk.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByNumber(String number);

    Optional<Complaint> findByResolutionApprovalRequestId(long approvalRequestId);

}
