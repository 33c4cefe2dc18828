package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WhistleReportRepository extends JpaRepository<WhistleReport, Long> {

    List<WhistleReport> findTop200ByOrderByReceivedAtDesc();

    Page<WhistleReport> findAllByOrderByReceivedAtDescIdDesc(Pageable pageable);

    Page<WhistleReport> findByStateOrderByReceivedAtDescIdDesc(WhistleReport.State state, Pageable pageable);

}
