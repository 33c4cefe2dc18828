package org.garrison.servicedesk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEntryRepository extends JpaRepository<ComplaintEntry, Long> {

    List<ComplaintEntry> findByComplaintIdOrderByAtAscIdAsc(long complaintId);

}
