package org.garrison.siteops.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

import org.garrison.shared.DomainException;
import org.garrison.shared.ResidentIds;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A person's visit in the access log: who (ID checked), from where, why, to see whom, the badge handed
 * out, when they came and left. A visitor without a leaving time is still on site.
 */
@Entity
@Table(name = "so_person_entry")
public class PersonEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String personName;

    @Enumerated(EnumType.STRING)
    private IdType idType;

    private String idNumber;

    private @Nullable String company;

    private String purpose;

    private @Nullable String host;

    private Instant enteredAt;

    private @Nullable Instant leftAt;

    private @Nullable String badgeNumber;

    private boolean badgeReturned;

    @Enumerated(EnumType.STRING)
    private @Nullable AccessAlert alert;

    private long recordedById;

    private String recordedBy;

    @Version
    private long version;

    protected PersonEntry() {
    }

    /**
     * @throws DomainException when a resident ID fails its check (or another document number is too short)
     */
    PersonEntry(long siteId, Visitor visitor, Instant enteredAt, ZoneId zone, long recordedById, String recordedBy) {
        String number = ResidentIds.normalise(visitor.idNumber());
        if (visitor.idType() == IdType.RESIDENT_ID && !ResidentIds.isValid(number, LocalDate.ofInstant(enteredAt, zone))) {
            throw new DomainException("siteops.access.residentIdInvalid", number);
        }
        if (number.length() < 5 || number.length() > 40) {
            throw new DomainException("siteops.access.idNumberInvalid", number);
        }
        this.siteId = siteId;
        this.personName = visitor.name().strip();
        this.idType = visitor.idType();
        this.idNumber = number;
        this.company = Texts.blankToNull(visitor.company());
        this.purpose = visitor.purpose().strip();
        this.host = Texts.blankToNull(visitor.host());
        this.badgeNumber = Texts.blankToNull(visitor.badgeNumber());
        this.badgeReturned = this.badgeNumber == null;
        this.enteredAt = enteredAt;
        this.recordedById = recordedById;
        this.recordedBy = recordedBy;
    }

    /** The visitor leaves; a badge handed out is returned unless said otherwise. */
    void leave(Instant at, boolean badgeBack) {
        if (leftAt != null) {
            throw new DomainException("siteops.access.alreadyLeft", personName);
        }
        this.leftAt = at.isBefore(enteredAt) ? enteredAt : at;
        if (badgeNumber != null) {
            this.badgeReturned = badgeBack;
        }
    }

    void raise(AccessAlert raised) {
        this.alert = raised;
    }

    public boolean isOnSite() {
        return leftAt == null;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("name", personName);
        map.put("idType", idType);
        map.put("idNumber", idNumber);
        map.put("company", company);
        map.put("purpose", purpose);
        map.put("host", host);
        map.put("enteredAt", enteredAt);
        map.put("leftAt", leftAt);
        map.put("badgeNumber", badgeNumber);
        map.put("badgeReturned", badgeReturned);
        map.put("alert", alert);
        return map;
    }

    /** A person at the gate as the guard enters them. */
    public record Visitor(String name, IdType idType, String idNumber, @Nullable String company, String purpose,
            @Nullable String host, @Nullable String badgeNumber) {
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getPersonName() {
        return personName;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public @Nullable String getCompany() {
        return company;
    }

    public String getPurpose() {
        return purpose;
    }

    public @Nullable String getHost() {
        return host;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public @Nullable Instant getLeftAt() {
        return leftAt;
    }

    public @Nullable String getBadgeNumber() {
        return badgeNumber;
    }

    public boolean isBadgeReturned() {
        return badgeReturned;
    }

    public @Nullable AccessAlert getAlert() {
        return alert;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

}
