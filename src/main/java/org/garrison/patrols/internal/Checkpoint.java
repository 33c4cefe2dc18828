package org.garrison.patrols.internal;

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

/**
 * A checkpoint (巡更点) of a site: the place a guard proves presence by scanning its QR label (or, with a
 * patrol wand, its tag). The code is what the label encodes.
 */
@Entity
@Table(name = "patrol_checkpoint")
public class Checkpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String code;

    private String name;

    private @Nullable String locationNote;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    private @Nullable Integer radiusMetres;

    private boolean keyArea;

    private @Nullable String tagId;

    private boolean active = true;

    @Version
    private long version;

    protected Checkpoint() {
    }

    public Checkpoint(long siteId, String code, Place place) {
        this.siteId = siteId;
        this.code = code;
        describe(place);
    }

    /** What a checkpoint's form holds. */
    public record Place(String name, @Nullable String locationNote, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable Integer radiusMetres, boolean keyArea, @Nullable String tagId) {
    }

    public void describe(Place place) {
        if ((place.latitude() == null) != (place.longitude() == null)) {
            throw new DomainException("patrol.checkpoint.positionIncomplete");
        }
        if (place.latitude() != null && (Math.abs(place.latitude()) > 90 || Math.abs(place.longitude()) > 180)) {
            throw new DomainException("patrol.checkpoint.positionInvalid");
        }
        if (place.radiusMetres() != null && (place.radiusMetres() < 5 || place.radiusMetres() > 5000)) {
            throw new DomainException("patrol.checkpoint.radiusInvalid");
        }
        this.name = place.name().strip();
        this.locationNote = place.locationNote();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        this.radiusMetres = place.radiusMetres();
        this.keyArea = place.keyArea();
        this.tagId = place.tagId();
    }

    public void retire() {
        if (!active) {
            throw new DomainException("patrol.checkpoint.alreadyRetired", code);
        }
        active = false;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("code", code);
        map.put("name", name);
        map.put("locationNote", locationNote);
        map.put("latitude", latitude);
        map.put("longitude", longitude);
        map.put("radiusMetres", radiusMetres);
        map.put("keyArea", keyArea);
        map.put("tagId", tagId);
        map.put("active", active);
        return map;
    }

    public Place place() {
        return new Place(name, locationNote, latitude, longitude, radiusMetres, keyArea, tagId);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getLocationNote() {
        return locationNote;
    }

    public @Nullable Double getLatitude() {
        return latitude;
    }

    public @Nullable Double getLongitude() {
        return longitude;
    }

    public @Nullable Integer getRadiusMetres() {
        return radiusMetres;
    }

    public boolean isKeyArea() {
        return keyArea;
    }

    public @Nullable String getTagId() {
        return tagId;
    }

    public boolean isActive() {
        return active;
    }

}
