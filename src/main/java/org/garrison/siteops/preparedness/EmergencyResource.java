package org.garrison.siteops.preparedness;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An emergency resource of a site (灭火器, 急救箱…): checked every so many days, and possibly expiring. A
 * check that finds a problem needs a note; the next check is due a period after the last one.
 */
@Entity
@Table(name = "so_emergency_resource")
public class EmergencyResource {

    /** What sort of resource. */
    public enum Kind {
        EXTINGUISHER, FIRST_AID_KIT, EMERGENCY_LIGHT, HYDRANT, OTHER;

        public String messageKey() {
            return "siteops.resource.kind." + name();
        }
    }

    /** Expiry this close counts as expiring soon. */
    static final int EXPIRY_WARNING_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    private String location;

    private int quantity;

    private int checkEveryDays;

    private LocalDate nextCheck;

    private @Nullable LocalDate lastChecked;

    private @Nullable Boolean lastCheckOk;

    private @Nullable String lastCheckNote;

    private @Nullable LocalDate expiresOn;

    @Version
    private long version;

    protected EmergencyResource() {
    }

    EmergencyResource(long siteId, Kind kind, String name, String location, int quantity, int checkEveryDays,
            @Nullable LocalDate expiresOn, LocalDate today) {
        if (quantity < 1 || checkEveryDays < 1 || checkEveryDays > 366) {
            throw new DomainException("siteops.resource.invalid");
        }
        this.siteId = siteId;
        this.kind = kind;
        this.name = name.strip();
        this.location = location.strip();
        this.quantity = quantity;
        this.checkEveryDays = checkEveryDays;
        this.expiresOn = expiresOn;
        this.nextCheck = today;
    }

    /** Records a check on {@code day}; a failed check needs a note. */
    void check(LocalDate day, boolean ok, @Nullable String note) {
        if (!ok && Texts.blankToNull(note) == null) {
            throw new DomainException("siteops.resource.problemNeedsNote");
        }
        this.lastChecked = day;
        this.lastCheckOk = ok;
        this.lastCheckNote = Texts.blankToNull(note);
        this.nextCheck = day.plusDays(checkEveryDays);
    }

    public boolean isCheckDue(LocalDate today) {
        return !nextCheck.isAfter(today);
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public boolean isExpiringSoon(LocalDate today) {
        return expiresOn != null && !isExpired(today) && !expiresOn.isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getLocation() {
        return location;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getCheckEveryDays() {
        return checkEveryDays;
    }

    public LocalDate getNextCheck() {
        return nextCheck;
    }

    public @Nullable LocalDate getLastChecked() {
        return lastChecked;
    }

    public @Nullable Boolean getLastCheckOk() {
        return lastCheckOk;
    }

    public @Nullable String getLastCheckNote() {
        return lastCheckNote;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

}
