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

import org.jspecify.annotations.Nullable;

/** A client (客户) of the company; owns sites. */
@Entity
@Table(name = "org_client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private @Nullable String industry;

    private @Nullable String address;

    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    private ClientStatus status;

    private @Nullable String notes;

    private @Nullable String tags;

    private @Nullable String phoneDigits;

    @Version
    private long version;

    protected Client() {
    }

    public Client(String name, @Nullable String industry, @Nullable String address, @Nullable String phone,
            ClientStatus status, @Nullable String notes) {
        change(name, industry, address, phone, status, notes);
    }

    /** The client's tags, each trimmed, without duplicates, comma-separated. */
    public void tag(@Nullable String tagList) {
        this.tags = ClientTags.normalise(tagList);
    }

    public final void change(String name, @Nullable String industry, @Nullable String address, @Nullable String phone,
            ClientStatus status, @Nullable String notes) {
        this.name = name;
        this.industry = industry;
        this.address = address;
        this.phone = phone;
        this.phoneDigits = ClientTags.digits(phone);
        this.status = status;
        this.notes = notes;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("industry", industry);
        map.put("address", address);
        map.put("phone", phone);
        map.put("status", status);
        map.put("notes", notes);
        map.put("tags", tags);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getIndustry() {
        return industry;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable String getTags() {
        return tags;
    }

    public java.util.List<String> tagList() {
        return tags == null ? java.util.List.of() : java.util.List.of(tags.split(","));
    }

}
