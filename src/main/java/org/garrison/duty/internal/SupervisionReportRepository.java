package org.garrison.duty.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionReportRepository extends JpaRepository<SupervisionReport, Long> {

    List<SupervisionReport> findByPlanIdOrderByFirstDayDescIdDesc(long planId);

}
