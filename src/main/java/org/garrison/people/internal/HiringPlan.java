package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** Guards to hire for one post (招聘计划): headcount, requirements and deadline, often from a signed contract. */
@Entity
@Table(name = "ppl_hiring_plan")
public class HiringPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private @Nullable Long postId;

    private String postName;

    private int headcount;

    private @Nullable Integer minHeightCm;

    private @Nullable String requirements;

    private LocalDate dueBy;

    private @Nullable Long startUpTaskId;

    private @Nullable String contractNumber;

    private boolean open;

    /** The post while the plan is open, none once closed: the key that keeps one open plan per post. */
    private @Nullable Long openPostId;

    @Version
    private long version;

    protected HiringPlan() {
    }

    public HiringPlan(long siteId, @Nullable Long postId, String postName, int headcount, @Nullable Integer minHeightCm,
            @Nullable String requirements, LocalDate dueBy, @Nullable Long startUpTaskId, @Nullable String contractNumber) {
        if (headcount < 1) {
            throw new DomainException("people.plan.headcountInvalid");
        }
        this.siteId = siteId;
        this.postId = postId;
        this.postName = postName;
        this.headcount = headcount;
        this.minHeightCm = minHeightCm;
        this.requirements = requirements;
        this.dueBy = dueBy;
        this.startUpTaskId = startUpTaskId;
        this.contractNumber = contractNumber;
        this.open = true;
        this.openPostId = postId;
    }

    public void close() {
        this.open = false;
        this.openPostId = null;
    }

    /**
     * Takes on a staffing need: links the plan to the contract's start-up task when it has none (and one is given) and
     * raises the headcount to the need; whether anything changed.
     */
    boolean adoptFor(@Nullable Long taskId, @Nullable String contract, int guardsNeeded) {
        boolean changed = false;
        if (startUpTaskId == null && taskId != null) {
            this.startUpTaskId = taskId;
            this.contractNumber = contract;
            changed = true;
        }
        if (headcount < guardsNeeded) {
            this.headcount = guardsNeeded;
            changed = true;
        }
        return changed;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("postName", postName);
        map.put("headcount", headcount);
        map.put("minHeightCm", minHeightCm);
        map.put("dueBy", dueBy);
        map.put("startUpTaskId", startUpTaskId);
        map.put("contractNumber", contractNumber);
        map.put("open", open);
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

    public String getPostName() {
        return postName;
    }

    public int getHeadcount() {
        return headcount;
    }

    public @Nullable Integer getMinHeightCm() {
        return minHeightCm;
    }

    public @Nullable String getRequirements() {
        return requirements;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public @Nullable Long getStartUpTaskId() {
        return startUpTaskId;
    }

    public @Nullable String getContractNumber() {
        return contractNumber;
    }

    public boolean isOpen() {
        return open;
    }

}
