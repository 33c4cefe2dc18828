package org.garrison.facilities.assets;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A pest monitoring point (虫害监测点) at a site: its code, where it is and what device it is; inactive ones are not counted. */
@Entity
@Table(name = "fa_pest_point")
class PestPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String code;

    private String location;

    @Enumerated(EnumType.STRING)
    private PestPointKind kind;

    private boolean active;

    @Version
    private long version;

    protected PestPoint() {
    }

    PestPoint(long siteId, String code, String location, PestPointKind kind) {
        this.siteId = siteId;
        this.code = code.strip();
        this.location = location.strip();
        this.kind = kind;
        this.active = true;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    String getCode() {
        return code;
    }

    String getLocation() {
        return location;
    }

    PestPointKind getKind() {
        return kind;
    }

    boolean isActive() {
        return active;
    }

}
