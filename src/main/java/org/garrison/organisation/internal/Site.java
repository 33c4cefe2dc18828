package org.garrison.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A site or station (驻点) of a branch, usually owned by a client. */
@Entity
@Table(name = "org_site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long branchId;

    private @Nullable Long clientId;

    private String code;

    private String name;

    private @Nullable String address;

    private boolean active = true;

    @Version
    private long version;

    protected Site() {
    }

    public Site(long branchId, @Nullable Long clientId, String code, String name, @Nullable String address) {
        this.branchId = branchId;
        this.clientId = clientId;
        this.code = code;
        this.name = name;
        this.address = address;
    }

    public void change(long branchId, @Nullable Long clientId, String code, String name, @Nullable String address,
            boolean active) {
        this.branchId = branchId;
        this.clientId = clientId;
        this.code = code;
        this.name = name;
        this.address = address;
        this.active = active;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("branchId", branchId);
        map.put("clientId", clientId);
        map.put("code", code);
        map.put("name", name);
        map.put("address", address);
        map.put("active", active);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

}
