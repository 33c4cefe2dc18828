package org.garrison.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A group-chat robot that hears the alerts about one site, or about every site of one branch. */
@Entity
@Table(name = "notification_webhook")
public class Webhook {

    /** What the robot is for. */
    public enum ScopeType {
        SITE, BRANCH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ScopeType scopeType;

    private long refId;

    @Enumerated(EnumType.STRING)
    private RobotFlavour flavour;

    private String url;

    private @Nullable String keyword;

    private boolean active = true;

    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
    }

    Webhook(ScopeType scopeType, long refId, RobotFlavour flavour, String url, @Nullable String keyword, Instant now) {
        this.scopeType = scopeType;
        this.refId = refId;
        this.flavour = flavour;
        this.url = url;
        this.keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public long getRefId() {
        return refId;
    }

    public RobotFlavour getFlavour() {
        return flavour;
    }

    public String getUrl() {
        return url;
    }

    public @Nullable String getKeyword() {
        return keyword;
    }

    public boolean isActive() {
        return active;
    }

}
