package org.garrison.rosters.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRowRepository extends JpaRepository<FindingRow, Long> {

    List<FindingRow> findByRosterIdOrderByIdAsc(long rosterId);

}
