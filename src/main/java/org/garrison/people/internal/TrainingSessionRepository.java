package org.garrison.people.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long>, JpaSpecificationExecutor<TrainingSession> {

    List<TrainingSession> findByCourseIdOrderByHeldOnDesc(long courseId);

    Page<TrainingSession> findByCourseId(long courseId, Pageable pageable);

}
