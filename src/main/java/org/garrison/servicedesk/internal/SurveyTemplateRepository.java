package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Optional;

import org.garrison.contracts.ServiceKind;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

    List<SurveyTemplate> findByActiveTrueOrderByServiceAscIdAsc();

    Optional<SurveyTemplate> findFirstByServiceAndActiveTrueOrderByIdDesc(ServiceKind service);

}
