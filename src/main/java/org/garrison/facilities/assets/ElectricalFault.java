package org.garrison.facilities.assets;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A fault of an electrical asset (故障): what was found and when, then the repair (故障维修) that closes it. */
@Entity
@Table(name = "fa_electrical_fault")
class ElectricalFault {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assetId;

    private long siteId;

    private Instant reportedAt;

    private String description;

    private String reportedBy;

    private @Nullable Instant fixedAt;

    private @Nullable String repair;

    private @Nullable String fixedBy;

    @Version
    private long version;

    protected ElectricalFault() {
    }

    ElectricalFault(ElectricalAsset asset, Instant reportedAt, String description, String reportedBy) {
        this.assetId = asset.getId();
        this.siteId = asset.getSiteId();
        this.reportedAt = reportedAt;
        this.description = description.strip();
        this.reportedBy = reportedBy;
    }

    void fix(String what, String by, Instant at) {
        if (fixedAt != null) {
            throw new DomainException("facilities.assets.fault.fixed");
        }
        this.repair = what.strip();
        this.fixedBy = by;
        this.fixedAt = at;
    }

    Long getId() {
        return id;
    }

    long getAssetId() {
        return assetId;
    }

    long getSiteId() {
        return siteId;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    String getDescription() {
        return description;
    }

    String getReportedBy() {
        return reportedBy;
    }

    @Nullable Instant getFixedAt() {
        return fixedAt;
    }

    @Nullable String getRepair() {
        return repair;
    }

    @Nullable String getFixedBy() {
        return fixedBy;
    }

}
