package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SurveyRepository extends JpaRepository<Survey, Long>, JpaSpecificationExecutor<Survey> {

    Optional<Survey> findByTokenHash(String tokenHash);

    boolean existsByReason(Survey.Reason reason);

}
