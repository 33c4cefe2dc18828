package org.garrison.organisation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A branch or brigade (分公司 / 大队). */
@Entity
@Table(name = "org_branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long companyId;

    private String code;

    private String name;

    private boolean active = true;

    @Version
    private long version;

    protected Branch() {
    }

    public Branch(long companyId, String code, String name) {
        this.companyId = companyId;
        this.code = code;
        this.name = name;
    }

    public void change(String code, String name, boolean active) {
        this.code = code;
        this.name = name;
        this.active = active;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", code);
        map.put("name", name);
        map.put("active", active);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

}
