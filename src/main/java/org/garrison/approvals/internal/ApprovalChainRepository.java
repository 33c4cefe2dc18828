package org.garrison.approvals.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalChainRepository extends JpaRepository<ApprovalChain, Long> {

    Optional<ApprovalChain> findByType(String type);

    boolean existsByType(String type);

    List<ApprovalChain> findAllByOrderByTypeAsc();

}
