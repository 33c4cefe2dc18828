package org.garrison.rosters.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SwapRequestRepository extends JpaRepository<SwapRequest, Long>, JpaSpecificationExecutor<SwapRequest> {

    List<SwapRequest> findTop20ByFromEmployeeOrToEmployeeOrderByRequestedAtDesc(long from, long to);

    boolean existsByShiftIdAndState(long shiftId, RequestState state);

}
