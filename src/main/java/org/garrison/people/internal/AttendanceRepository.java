package org.garrison.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(long sessionId);

    Optional<Attendance> findBySessionIdAndEmployeeId(long sessionId, long employeeId);

}
