package org.garrison.siteops.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle's visit in the access log: plate (format checked), driver, cargo, in and out. A vehicle leaves
 * only by release (放行); a release without anyone's authorisation is kept as a violation of the guard who
 * let it out (SPEC §3.9 cancels that guard's bonus).
 */
@Entity
@Table(name = "so_vehicle_entry")
public class VehicleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String plate;

    private @Nullable String driver;

    private @Nullable String cargo;

    private Instant enteredAt;

    private @Nullable Instant leftAt;

    private @Nullable String authorisedBy;

    private @Nullable Long releasedById;

    private @Nullable String releasedBy;

    private boolean unauthorisedRelease;

    @Enumerated(EnumType.STRING)
    private @Nullable AccessAlert alert;

    private long recordedById;

    private String recordedBy;

    @Version
    private long version;

    protected VehicleEntry() {
    }

    /** @throws DomainException when the plate has no Chinese civil format */
    VehicleEntry(long siteId, String plate, @Nullable String driver, @Nullable String cargo, Instant enteredAt,
            long recordedById, String recordedBy) {
        String normalised = Plates.normalise(plate);
        if (!Plates.isValid(normalised)) {
            throw new DomainException("siteops.access.plateInvalid", plate.strip());
        }
        this.siteId = siteId;
        this.plate = normalised;
        this.driver = Texts.blankToNull(driver);
        this.cargo = Texts.blankToNull(cargo);
        this.enteredAt = enteredAt;
        this.recordedById = recordedById;
        this.recordedBy = recordedBy;
    }

    /**
     * Lets the vehicle out. Without an authorising person the release is flagged as a violation of the
     * releasing guard.
     *
     * @return whether the release was unauthorised
     */
    boolean release(Instant at, @Nullable String authorisingPerson, long guardId, String guardName) {
        if (leftAt != null) {
            throw new DomainException("siteops.access.alreadyReleased", plate);
        }
        this.leftAt = at.isBefore(enteredAt) ? enteredAt : at;
        this.authorisedBy = Texts.blankToNull(authorisingPerson);
        this.releasedById = guardId;
        this.releasedBy = guardName;
        this.unauthorisedRelease = authorisedBy == null;
        return unauthorisedRelease;
    }

    void raise(AccessAlert raised) {
        this.alert = raised;
    }

    public boolean isOnSite() {
        return leftAt == null;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("plate", plate);
        map.put("driver", driver);
        map.put("cargo", cargo);
        map.put("enteredAt", enteredAt);
        map.put("leftAt", leftAt);
        map.put("authorisedBy", authorisedBy);
        map.put("releasedBy", releasedBy);
        map.put("unauthorisedRelease", unauthorisedRelease);
        map.put("alert", alert);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getPlate() {
        return plate;
    }

    public @Nullable String getDriver() {
        return driver;
    }

    public @Nullable String getCargo() {
        return cargo;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public @Nullable Instant getLeftAt() {
        return leftAt;
    }

    public @Nullable String getAuthorisedBy() {
        return authorisedBy;
    }

    public @Nullable Long getReleasedById() {
        return releasedById;
    }

    public @Nullable String getReleasedBy() {
        return releasedBy;
    }

    public boolean isUnauthorisedRelease() {
        return unauthorisedRelease;
    }

    public @Nullable AccessAlert getAlert() {
        return alert;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

}
