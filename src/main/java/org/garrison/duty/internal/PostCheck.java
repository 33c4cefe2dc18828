package org.garrison.duty.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.duty.PenaltyItem;
import org.hibernate.annotations.BatchSize;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the post-check book (查岗记录簿) or an inspection (督察): who checked whom at which post, the
 * checklist lines that failed, what was found, the day it must be put right by (限期整改, R7) and the rulebook item
 * the checker proposes. A covert inspection (暗访) stays unpublished, seen only by inspectors, supervisors and 人防部,
 * until it is published (R8).
 */
@Entity
@Table(name = "du_post_check")
public class PostCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private @Nullable Long postId;

    private long checkerId;

    private String checkerName;

    @Enumerated(EnumType.STRING)
    private CheckerRole checkerRole;

    @Enumerated(EnumType.STRING)
    private CheckKind kind;

    private Instant checkedAt;

    private LocalDate checkedOn;

    /** The Monday of the check's week, for the coverage report. */
    private LocalDate weekStart;

    private @Nullable Long guardId;

    private @Nullable String guardName;

    private boolean guardPresent;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "du_post_check_item", joinColumns = @JoinColumn(name = "check_id"))
    @Column(name = "item")
    @Enumerated(EnumType.STRING)
    private Set<CheckItem> failedItems = EnumSet.noneOf(CheckItem.class);

    private @Nullable String findings;

    private @Nullable LocalDate rectifyBy;

    @Enumerated(EnumType.STRING)
    private @Nullable PenaltyItem proposedItem;

    private @Nullable Long violationId;

    private boolean published;

    @Version
    private long version;

    protected PostCheck() {
    }

    /**
     * A check as recorded. A guard not at his post fails the at-post line; a failed line or a finding needs a
     * rectification day not before the check's day; a proposed penalty item needs the guard it is proposed for.
     */
    PostCheck(long siteId, @Nullable Long postId, long checkerId, String checkerName, CheckerRole checkerRole, CheckKind kind,
            Instant checkedAt, LocalDate checkedOn, @Nullable Long guardId, @Nullable String guardName, boolean guardPresent,
            Set<CheckItem> failed, @Nullable String findings, @Nullable LocalDate rectifyBy, @Nullable PenaltyItem proposedItem) {
        var failedItems = failed.isEmpty() ? EnumSet.noneOf(CheckItem.class) : EnumSet.copyOf(failed);
        if (!guardPresent) {
            failedItems.add(CheckItem.AT_POST);
        }
        String found = Texts.blankToNull(findings);
        if ((!failedItems.isEmpty() || found != null) && rectifyBy == null) {
            throw new DomainException("duty.check.deadlineRequired");
        }
        if (rectifyBy != null && rectifyBy.isBefore(checkedOn)) {
            throw new DomainException("duty.check.deadlineBeforeCheck");
        }
        if (proposedItem != null && guardId == null) {
            throw new DomainException("duty.check.proposalNeedsGuard");
        }
        this.siteId = siteId;
        this.postId = postId;
        this.checkerId = checkerId;
        this.checkerName = checkerName;
        this.checkerRole = checkerRole;
        this.kind = kind;
        this.checkedAt = checkedAt;
        this.checkedOn = checkedOn;
        this.weekStart = checkedOn.with(DayOfWeek.MONDAY);
        this.guardId = guardId;
        this.guardName = guardName;
        this.guardPresent = guardPresent;
        this.failedItems = failedItems;
        this.findings = found;
        this.rectifyBy = rectifyBy;
        this.proposedItem = proposedItem;
        this.published = kind != CheckKind.COVERT;
    }

    /** Publishes a covert inspection: the site's staff may now see it. */
    void publish() {
        if (published) {
            throw new DomainException("duty.check.alreadyPublished");
        }
        this.published = true;
    }

    /** Whether the check proposes a violation that has not been raised yet and may be now (it is published). */
    boolean wantsViolation() {
        return published && proposedItem != null && guardId != null && violationId == null;
    }

    void violationRaised(long id) {
        this.violationId = id;
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", kind);
        map.put("checkerRole", checkerRole);
        map.put("guard", guardName);
        map.put("guardPresent", guardPresent);
        map.put("failedItems", failedItems.stream().sorted().map(Enum::name).toList());
        map.put("findings", findings);
        map.put("rectifyBy", rectifyBy);
        map.put("proposedItem", proposedItem);
        map.put("published", published);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    public String getCheckerName() {
        return checkerName;
    }

    public CheckerRole getCheckerRole() {
        return checkerRole;
    }

    public CheckKind getKind() {
        return kind;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public @Nullable Long getGuardId() {
        return guardId;
    }

    public @Nullable String getGuardName() {
        return guardName;
    }

    public boolean isGuardPresent() {
        return guardPresent;
    }

    public Set<CheckItem> getFailedItems() {
        return failedItems;
    }

    public @Nullable String getFindings() {
        return findings;
    }

    public @Nullable LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public @Nullable PenaltyItem getProposedItem() {
        return proposedItem;
    }

    public @Nullable Long getViolationId() {
        return violationId;
    }

    public boolean isPublished() {
        return published;
    }

}
