package org.garrison.servicedesk.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {
}
