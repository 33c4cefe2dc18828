package org.garrison.people.internal;


import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ApplicantRepository extends JpaRepository<Applicant, Long>, JpaSpecificationExecutor<Applicant> {

    boolean existsByResidentIdAndStageNot(String residentId, Stage stage);

    long countByPlanIdAndStage(long planId, Stage stage);

}
