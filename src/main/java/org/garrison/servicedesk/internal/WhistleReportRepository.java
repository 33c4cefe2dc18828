package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WhistleReportRepository extends JpaRepository<WhistleReport, Long> {

    List<WhistleReport> findTop200ByOrderByReceivedAtDesc();

}
