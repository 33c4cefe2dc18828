package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByTemplateIdOrderByPositionAsc(long templateId);

}
