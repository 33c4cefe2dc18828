package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ExamResultRepository extends JpaRepository<ExamResult, Long>, JpaSpecificationExecutor<ExamResult> {

    List<ExamResult> findByEmployeeIdOrderByTakenOnDesc(long employeeId);

    List<ExamResult> findByEmployeeIdInOrderByTakenOnDesc(Collection<Long> employeeIds);

    List<ExamResult> findByCourseIdOrderByTakenOnDesc(long courseId);

    boolean existsByEmployeeIdAndCourseIdAndTakenOnAndPassedTrue(long employeeId, long courseId, LocalDate takenOn);

    /** Each employee's newest pass of each of the courses. */
    @Query("""
            select new org.garrison.people.internal.ExamResultRepository$LatestPass(r.employeeId, r.courseId, max(r.takenOn))
            from ExamResult r where r.passed = true and r.courseId in :courseIds group by r.employeeId, r.courseId""")
    List<LatestPass> latestPasses(Collection<Long> courseIds);

    record LatestPass(long employeeId, long courseId, LocalDate takenOn) {
    }

}
