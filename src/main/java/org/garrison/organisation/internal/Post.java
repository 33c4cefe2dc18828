package org.garrison.organisation.internal;

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

/** A post (岗位) at a site: gate, lobby, patrol, control room … */
@Entity
@Table(name = "org_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String name;

    @Enumerated(EnumType.STRING)
    private PostKind kind;

    private boolean active = true;

    @Version
    private long version;

    protected Post() {
    }

    public Post(long siteId, String name, PostKind kind) {
        this.siteId = siteId;
        this.name = name;
        this.kind = kind;
    }

    public void change(String name, PostKind kind, boolean active) {
        this.name = name;
        this.kind = kind;
        this.active = active;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("name", name);
        map.put("kind", kind);
        map.put("active", active);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getName() {
        return name;
    }

    public PostKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

}
