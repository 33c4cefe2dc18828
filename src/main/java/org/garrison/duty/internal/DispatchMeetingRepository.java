package org.garrison.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DispatchMeetingRepository extends JpaRepository<DispatchMeeting, Long>, JpaSpecificationExecutor<DispatchMeeting> {

}
