package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemoRepository extends JpaRepository<Memo, Long> {

    List<Memo> findByComplaintIdOrderByFiledAtAsc(long complaintId);

    boolean existsByComplaintIdAndDecisionIsNull(long complaintId);

}
