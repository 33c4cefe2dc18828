package org.garrison.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CourseRepository extends JpaRepository<Course, Long>, JpaSpecificationExecutor<Course> {

    Optional<Course> findByCode(String code);

    /** The newest course of a kind (the highest id: the one created last). */
    Optional<Course> findFirstByKindOrderByIdDesc(CourseKind kind);

}
