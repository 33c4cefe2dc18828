package org.garrison.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trainee's attendance at a session. */
@Entity
@Table(name = "ppl_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sessionId;

    private long employeeId;

    private boolean present;

    protected Attendance() {
    }

    public Attendance(long sessionId, long employeeId, boolean present) {
        this.sessionId = sessionId;
        this.employeeId = employeeId;
        this.present = present;
    }

    void mark(boolean present) {
        this.present = present;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public boolean isPresent() {
        return present;
    }

}
