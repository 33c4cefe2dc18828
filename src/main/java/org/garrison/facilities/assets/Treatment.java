package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A treatment record (消杀记录, seed 003 L134): when, which areas, which chemical of the allowed list and how much, with
 * what equipment, against which pests, and whether the client was told the plan, the effect and the precautions. The
 * follow-up check is recorded later, once: effective or not.
 */
@Entity
@Table(name = "fa_treatment")
class Treatment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private Instant treatedAt;

    private String areas;

    private long chemicalId;

    private String chemicalName;

    @Column(precision = 10, scale = 3)
    private BigDecimal dose;

    private String doseUnit;

    private String equipment;

    private String targets;

    private boolean clientInformed;

    private String recordedBy;

    private Instant recordedAt;

    private @Nullable LocalDate followUpDay;

    private @Nullable Boolean effective;

    private @Nullable String followUpNote;

    @Version
    private long version;

    protected Treatment() {
    }

    Treatment(long siteId, Instant treatedAt, String areas, Chemical chemical, BigDecimal dose, String doseUnit,
            String equipment, String targets, boolean clientInformed, String recordedBy, Instant recordedAt) {
        if (!chemical.allowed()) {
            throw new DomainException("facilities.assets.treatment.chemicalNotAllowed", chemical.getName());
        }
        if (dose.signum() <= 0) {
            throw new DomainException("facilities.assets.treatment.doseNotPositive");
        }
        this.siteId = siteId;
        this.treatedAt = treatedAt;
        this.areas = areas.strip();
        this.chemicalId = chemical.getId();
        this.chemicalName = chemical.getName();
        this.dose = dose;
        this.doseUnit = doseUnit.strip();
        this.equipment = equipment.strip();
        this.targets = targets.strip();
        this.clientInformed = clientInformed;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Records the follow-up check, once, on or after the day of the treatment. */
    void followUp(LocalDate day, LocalDate treatedOn, boolean wasEffective, @Nullable String note) {
        if (effective != null) {
            throw new DomainException("facilities.assets.treatment.followedUp");
        }
        if (day.isBefore(treatedOn)) {
            throw new DomainException("facilities.assets.treatment.followUpBefore");
        }
        this.followUpDay = day;
        this.effective = wasEffective;
        this.followUpNote = Texts.blankToNull(note);
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("treatedAt", treatedAt);
        map.put("areas", areas);
        map.put("chemical", chemicalName);
        map.put("dose", dose + " " + doseUnit);
        map.put("equipment", equipment);
        map.put("targets", targets);
        map.put("clientInformed", clientInformed);
        map.put("followUpDay", followUpDay);
        map.put("effective", effective);
        return map;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    Instant getTreatedAt() {
        return treatedAt;
    }

    String getAreas() {
        return areas;
    }

    String getChemicalName() {
        return chemicalName;
    }

    BigDecimal getDose() {
        return dose;
    }

    String getDoseUnit() {
        return doseUnit;
    }

    String getEquipment() {
        return equipment;
    }

    String getTargets() {
        return targets;
    }

    boolean isClientInformed() {
        return clientInformed;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    @Nullable LocalDate getFollowUpDay() {
        return followUpDay;
    }

    @Nullable Boolean getEffective() {
        return effective;
    }

    @Nullable String getFollowUpNote() {
        return followUpNote;
    }

}
