package org.garrison.duty.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByDueAscIdAsc(long meetingId);

    List<ActionItem> findTop200ByDoneAtIsNullOrderByDueAscIdAsc();

}
