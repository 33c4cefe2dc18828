package org.garrison.duty.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActionItemRepository extends JpaRepository<ActionItem, Long>, JpaSpecificationExecutor<ActionItem> {

    List<ActionItem> findByMeetingIdOrderByDueAscIdAsc(long meetingId);

}
