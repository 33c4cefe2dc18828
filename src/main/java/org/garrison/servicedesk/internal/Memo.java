package org.garrison.servicedesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A formal memo (签呈): a department disagrees with a complaint's handling; management decides it. */
@Entity
@Table(name = "sd_memo")
public class Memo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long complaintId;

    private String department;

    private String objection;

    private String filedBy;

    private Instant filedAt;

    private @Nullable String decision;

    private @Nullable String decidedBy;

    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected Memo() {
    }

    public Memo(long complaintId, String department, String objection, String filedBy, Instant filedAt) {
        this.complaintId = complaintId;
        this.department = department.strip();
        this.objection = objection.strip();
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    /** Management's decision; a memo is decided once. */
    public void decide(String decision, String decidedBy, Instant at) {
        if (this.decision != null) {
            throw new DomainException("servicedesk.memo.decided");
        }
        this.decision = decision.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public String getDepartment() {
        return department;
    }

    public String getObjection() {
        return objection;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public @Nullable String getDecision() {
        return decision;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

}
