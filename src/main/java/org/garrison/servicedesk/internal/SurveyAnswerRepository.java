package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findBySurveyId(long surveyId);

}
