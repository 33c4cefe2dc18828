package org.garrison.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AttendanceRepository extends JpaRepository<Attendance, Long>, JpaSpecificationExecutor<Attendance> {

    List<Attendance> findBySessionId(long sessionId);

    Optional<Attendance> findBySessionIdAndEmployeeId(long sessionId, long employeeId);

}
