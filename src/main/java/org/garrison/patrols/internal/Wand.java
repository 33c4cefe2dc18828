package org.garrison.patrols.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A patrol wand (巡更棒) and the guard who carries it, so its exported scans are the guard's. */
@Entity
@Table(name = "patrol_wand")
public class Wand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String deviceId;

    private long guardUserId;

    private long siteId;

    @Version
    private long version;

    protected Wand() {
    }

    public Wand(String deviceId, long guardUserId, long siteId) {
        this.deviceId = deviceId;
        this.guardUserId = guardUserId;
        this.siteId = siteId;
    }

    public void handTo(long guardUserId, long siteId) {
        this.guardUserId = guardUserId;
        this.siteId = siteId;
    }

    public Long getId() {
        return id;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public long getGuardUserId() {
        return guardUserId;
    }

    public long getSiteId() {
        return siteId;
    }

}
