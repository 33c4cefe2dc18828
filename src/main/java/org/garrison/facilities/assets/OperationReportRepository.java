package org.garrison.facilities.assets;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperationReportRepository extends JpaRepository<OperationReport, Long> {

    Optional<OperationReport> findBySiteIdAndMonthStart(long siteId, LocalDate monthStart);

}
