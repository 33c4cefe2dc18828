package org.garrison.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExamResultRepository extends JpaRepository<ExamResult, Long>, JpaSpecificationExecutor<ExamResult> {

    List<ExamResult> findByEmployeeIdOrderByTakenOnDesc(long employeeId);

    List<ExamResult> findByCourseIdOrderByTakenOnDesc(long courseId);

}
