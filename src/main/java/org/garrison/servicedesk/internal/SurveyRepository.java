package org.garrison.servicedesk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByTokenHash(String tokenHash);

    boolean existsByReason(Survey.Reason reason);

    List<Survey> findTop200ByOrderBySentAtDesc();

    List<Survey> findTop200BySiteIdInOrderBySentAtDesc(Collection<Long> siteIds);

}
