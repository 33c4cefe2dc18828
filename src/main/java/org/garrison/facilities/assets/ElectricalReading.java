package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A reading of an electrical asset (运行数据): voltage (V), current (A), insulation resistance (MΩ) and grounding resistance
 * (Ω), each optional, judged by {@link ReadingRules} when taken. {@code findings} lists what was abnormal
 * (VOLTAGE, INSULATION, GROUNDING, comma-separated).
 */
@Entity
@Table(name = "fa_electrical_reading")
class ElectricalReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long assetId;

    private long siteId;

    private Instant readAt;

    @Column(precision = 10, scale = 3)
    private @Nullable BigDecimal voltage;

    @Column(precision = 10, scale = 3)
    private @Nullable BigDecimal amperage;

    @Column(precision = 10, scale = 3)
    private @Nullable BigDecimal insulation;

    @Column(precision = 10, scale = 3)
    private @Nullable BigDecimal grounding;

    private boolean abnormal;

    private @Nullable String findings;

    private String recordedBy;

    protected ElectricalReading() {
    }

    ElectricalReading(ElectricalAsset asset, Instant readAt, @Nullable BigDecimal voltage, @Nullable BigDecimal current,
            @Nullable BigDecimal insulation, @Nullable BigDecimal grounding, String recordedBy) {
        asset.requireNotRetired();
        ReadingRules.requireValid(voltage, current, insulation, grounding);
        List<String> found = ReadingRules.findings(voltage, insulation, grounding);
        this.assetId = asset.getId();
        this.siteId = asset.getSiteId();
        this.readAt = readAt;
        this.voltage = voltage;
        this.amperage = current;
        this.insulation = insulation;
        this.grounding = grounding;
        this.abnormal = !found.isEmpty();
        this.findings = found.isEmpty() ? null : String.join(",", found);
        this.recordedBy = recordedBy;
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

    Instant getReadAt() {
        return readAt;
    }

    @Nullable BigDecimal getVoltage() {
        return voltage;
    }

    @Nullable BigDecimal getCurrent() {
        return amperage;
    }

    @Nullable BigDecimal getInsulation() {
        return insulation;
    }

    @Nullable BigDecimal getGrounding() {
        return grounding;
    }

    boolean isAbnormal() {
        return abnormal;
    }

    List<String> getFindings() {
        return findings == null ? List.of() : List.of(findings.split(","));
    }

    String getRecordedBy() {
        return recordedBy;
    }

}
