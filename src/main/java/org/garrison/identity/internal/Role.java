package org.garrison.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.Permission;

/** A named, editable set of permissions (系统管理员, 队长, 客户 …). */
@Entity
@Table(name = "app_role")
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private boolean builtIn;

    @ElementCollection
    @CollectionTable(name = "app_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    @Convert(converter = PermissionColumn.class)
    private Set<Permission> permissions = new TreeSet<>();

    @Version
    private long version;

    protected Role() {
    }

    public Role(String code, String nameZh, String nameEn, boolean builtIn, Set<Permission> permissions) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.builtIn = builtIn;
        this.permissions = new TreeSet<>(permissions);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Adds one permission (a built-in default met for the first time). */
    public void grant(Permission permission) {
        permissions.add(permission);
    }

    public void grantExactly(Set<Permission> granted) {
        permissions.clear();
        permissions.addAll(granted);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", code);
        map.put("nameZh", nameZh);
        map.put("nameEn", nameEn);
        map.put("permissions", new TreeSet<>(permissions.stream().map(Permission::name).toList()));
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public Set<Permission> getPermissions() {
        return new TreeSet<>(permissions);
    }

    public long getVersion() {
        return version;
    }

}
