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
 * A piece of electrical equipment at a site (用电设备): its kind, name and place, whether it is a key device (重点设备,
 * inspected more often), and whether it is in service, faulty (a fault is open) or retired.
 */
@Entity
@Table(name = "fa_electrical_asset")
class ElectricalAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ElectricalKind kind;

    private String name;

    private String location;

    private boolean keyDevice;

    @Enumerated(EnumType.STRING)
    private AssetStatus status;

    private LocalDate registeredOn;

    @Version
    private long version;

    protected ElectricalAsset() {
    }

    ElectricalAsset(long siteId, ElectricalKind kind, String name, String location, boolean keyDevice, LocalDate registeredOn) {
        this.siteId = siteId;
        this.kind = kind;
        this.name = name.strip();
        this.location = location.strip();
        this.keyDevice = keyDevice;
        this.status = AssetStatus.IN_SERVICE;
        this.registeredOn = registeredOn;
    }

    /** A fault was found: the asset is faulty until it is fixed. A retired asset takes no faults or readings. */
    void faultFound() {
        requireNotRetired();
        this.status = AssetStatus.FAULTY;
    }

    /** The last open fault was fixed: back in service. */
    void repaired() {
        if (status == AssetStatus.FAULTY) {
            this.status = AssetStatus.IN_SERVICE;
        }
    }

    void retire() {
        requireNotRetired();
        this.status = AssetStatus.RETIRED;
    }

    void requireNotRetired() {
        if (status == AssetStatus.RETIRED) {
            throw new DomainException("facilities.assets.electrical.retired", name);
        }
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("kind", kind);
        map.put("name", name);
        map.put("location", location);
        map.put("keyDevice", keyDevice);
        map.put("status", status);
        return map;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    ElectricalKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getLocation() {
        return location;
    }

    boolean isKeyDevice() {
        return keyDevice;
    }

    AssetStatus getStatus() {
        return status;
    }

    LocalDate getRegisteredOn() {
        return registeredOn;
    }

}
