package org.garrison.organisation.internal;

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

/** One of a client's contacts (联系人) with their role; may be given a client portal account. */
@Entity
@Table(name = "org_client_contact")
public class ClientContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;

    private String name;

    private String role;

    private @Nullable String phone;

    private @Nullable String email;

    private @Nullable Long userId;

    @Version
    private long version;

    protected ClientContact() {
    }

    public ClientContact(long clientId, String name, String role, @Nullable String phone, @Nullable String email) {
        this.clientId = clientId;
        this.name = name.strip();
        this.role = role.strip();
        this.phone = phone;
        this.email = email;
    }

    /** Changes the contact's role and how to reach them (e.g. from an imported sheet). */
    public void change(String role, @Nullable String phone, @Nullable String email) {
        this.role = role.strip();
        this.phone = phone;
        this.email = email;
    }

    /** Records the portal account made for this contact; a contact has at most one. */
    public void portalUser(long userId) {
        if (this.userId != null) {
            throw new DomainException("client.contact.hasUser", name);
        }
        this.userId = userId;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("clientId", clientId);
        map.put("name", name);
        map.put("role", role);
        map.put("phone", phone);
        map.put("email", email);
        map.put("userId", userId);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

}
