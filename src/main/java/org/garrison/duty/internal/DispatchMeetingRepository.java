package org.garrison.duty.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DispatchMeetingRepository extends JpaRepository<DispatchMeeting, Long> {

    List<DispatchMeeting> findTop100ByOrderByHeldOnDescIdDesc();

}
