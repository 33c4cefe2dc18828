package org.garrison.facilities.assets;

import java.time.LocalDate;
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

/**
 * A plant of a site's inventory (绿植台账): where it stands, its species, and whether it is healthy, diseased (病虫害),
 * dead or removed. Only non-toxic plants are taken in (seed 003: no toxic plants); a removed plant stays removed.
 */
@Entity
@Table(name = "fa_plant")
class Plant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String location;

    private String species;

    private boolean nonToxic;

    @Enumerated(EnumType.STRING)
    private PlantStatus status;

    private LocalDate addedOn;

    private String createdBy;

    @Version
    private long version;

    protected Plant() {
    }

    Plant(long siteId, String location, String species, boolean nonToxic, LocalDate addedOn, String createdBy) {
        if (!nonToxic) {
            throw new DomainException("facilities.assets.plant.toxic", species.strip());
        }
        this.siteId = siteId;
        this.location = location.strip();
        this.species = species.strip();
        this.nonToxic = true;
        this.status = PlantStatus.HEALTHY;
        this.addedOn = addedOn;
        this.createdBy = createdBy;
    }

    /** Moves the plant to another status; a removed plant and a move to the same status are refused. */
    void changeTo(PlantStatus next) {
        if (status == PlantStatus.REMOVED) {
            throw new DomainException("facilities.assets.plant.removed", species);
        }
        if (next == status) {
            throw new DomainException("facilities.assets.plant.sameStatus");
        }
        this.status = next;
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("location", location);
        map.put("species", species);
        map.put("status", status);
        map.put("addedOn", addedOn);
        return map;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    String getLocation() {
        return location;
    }

    String getSpecies() {
        return species;
    }

    PlantStatus getStatus() {
        return status;
    }

    LocalDate getAddedOn() {
        return addedOn;
    }

}
