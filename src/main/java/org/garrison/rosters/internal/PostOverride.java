package org.garrison.rosters.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A post's local requirement, overriding what the contract in force says (headcount per shift, shift set). */
@Entity
@Table(name = "ros_post_requirement")
public class PostOverride {

    @Id
    private Long postId;

    private long siteId;

    private int headcountPerShift;

    private String templateSet;

    private @Nullable Integer minHeightCm;

    private @Nullable String note;

    private long updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected PostOverride() {
    }

    public PostOverride(long postId, long siteId) {
        this.postId = postId;
        this.siteId = siteId;
    }

    void change(Need need, long by, Instant at) {
        if (need.headcountPerShift() < 0 || need.headcountPerShift() > 20) {
            throw new DomainException("rosters.requirement.headcountInvalid");
        }
        if (need.minHeightCm() != null && (need.minHeightCm() < 140 || need.minHeightCm() > 210)) {
            throw new DomainException("rosters.requirement.heightInvalid");
        }
        this.headcountPerShift = need.headcountPerShift();
        this.templateSet = need.templateSet();
        this.minHeightCm = need.minHeightCm();
        this.note = need.note() == null || need.note().isBlank() ? null : need.note().strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** What an override sets. */
    public record Need(int headcountPerShift, String templateSet, @Nullable Integer minHeightCm, @Nullable String note) {
    }

    public Need need() {
        return new Need(headcountPerShift, templateSet, minHeightCm, note);
    }

    public Long getPostId() {
        return postId;
    }

    public long getSiteId() {
        return siteId;
    }

}
