package org.garrison.servicedesk.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

    Optional<CorrectiveAction> findByComplaintId(long complaintId);

    List<CorrectiveAction> findByStateInAndDueOnBeforeAndOverdueAlertedFalse(Collection<CorrectiveState> states,
            LocalDate day);

}
