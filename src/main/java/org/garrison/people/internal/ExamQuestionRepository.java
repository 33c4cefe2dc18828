package org.garrison.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExamQuestionRepository extends JpaRepository<ExamQuestion, Long> {

    List<ExamQuestion> findByCourseIdOrderByPosition(long courseId);

}
