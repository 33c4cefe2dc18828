package org.garrison.rosters.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** One guard's place on one post-shift of a roster; without an employee the place is uncovered. */
@Entity
@Table(name = "ros_shift")
public class RosterShift {

    /** A shift is a draft until its roster is published. */
    public enum State {
        DRAFT, PUBLISHED, REPLACED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long rosterId;

    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;

    private LocalDate serviceDay;

    private long siteId;

    private long postId;

    private String postName;

    private long templateId;

    private String templateName;

    private int slot;

    private Instant startsAt;

    private Instant endsAt;

    private @Nullable Long employeeId;

    @Version
    private long version;

    protected RosterShift() {
    }

    public RosterShift(long rosterId, PostShift place, @Nullable Long employeeId) {
        this.rosterId = rosterId;
        this.serviceDay = place.day();
        this.siteId = place.siteId();
        this.postId = place.postId();
        this.postName = place.postName();
        this.templateId = place.templateId();
        this.templateName = place.templateName();
        this.slot = place.slot();
        this.startsAt = place.starts();
        this.endsAt = place.ends();
        this.employeeId = employeeId;
    }

    /** The place this shift fills, without the guard. */
    public PostShift place() {
        return new PostShift(serviceDay, siteId, postId, postName, templateId, templateName, slot, startsAt, endsAt);
    }

    void assign(@Nullable Long employeeId) {
        this.employeeId = employeeId;
    }

    void publish() {
        this.state = State.PUBLISHED;
    }

    /** A later published roster took over this shift's site and day. */
    void replace() {
        this.state = State.REPLACED;
    }

    public Long getId() {
        return id;
    }

    public long getRosterId() {
        return rosterId;
    }

    public State getState() {
        return state;
    }

    public LocalDate getServiceDay() {
        return serviceDay;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getPostId() {
        return postId;
    }

    public String getPostName() {
        return postName;
    }

    public String getTemplateName() {
        return templateName;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable Long getEmployeeId() {
        return employeeId;
    }

}
