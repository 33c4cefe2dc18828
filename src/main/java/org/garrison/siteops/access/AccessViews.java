package org.garrison.siteops.access;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The access log as pages, the API and exports show it. */
public final class AccessViews {

    private AccessViews() {
    }

    /** A person's visit. */
    public record PersonRow(long id, long siteId, String siteName, String name, IdType idType, String idNumber,
            @Nullable String company, String purpose, @Nullable String host, Instant enteredAt, @Nullable Instant leftAt,
            @Nullable String badgeNumber, boolean badgeReturned, @Nullable AccessAlert alert, String recordedBy) {

        static PersonRow of(PersonEntry e, String siteName) {
            return new PersonRow(e.getId(), e.getSiteId(), siteName, e.getPersonName(), e.getIdType(), e.getIdNumber(),
                    e.getCompany(), e.getPurpose(), e.getHost(), e.getEnteredAt(), e.getLeftAt(), e.getBadgeNumber(),
                    e.isBadgeReturned(), e.getAlert(), e.getRecordedBy());
        }

        public boolean onSite() {
            return leftAt == null;
        }

        /** The ID number with the middle hidden, for lists on a guard's phone. */
        public String maskedIdNumber() {
            return idNumber.length() < 8 ? idNumber
                    : idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
        }

    }

    /** A vehicle's visit. */
    public record VehicleRow(long id, long siteId, String siteName, String plate, @Nullable String driver,
            @Nullable String cargo, Instant enteredAt, @Nullable Instant leftAt, @Nullable String authorisedBy,
            @Nullable Long releasedById, @Nullable String releasedBy, boolean unauthorisedRelease,
            @Nullable AccessAlert alert, String recordedBy) {

        static VehicleRow of(VehicleEntry e, String siteName) {
            return new VehicleRow(e.getId(), e.getSiteId(), siteName, e.getPlate(), e.getDriver(), e.getCargo(),
                    e.getEnteredAt(), e.getLeftAt(), e.getAuthorisedBy(), e.getReleasedById(), e.getReleasedBy(),
                    e.isUnauthorisedRelease(),
                    e.getAlert(), e.getRecordedBy());
        }

        public boolean onSite() {
            return leftAt == null;
        }

        /** Whether the plate is an eight-character new-energy plate (绿牌). */
        public boolean newEnergy() {
            return Plates.isNewEnergy(plate);
        }

    }

    /** A watch-list entry. */
    public record WatchRow(long id, @Nullable Long siteId, String siteName, WatchEntry.Kind kind, String value,
            String reason, Instant createdAt, String createdBy) {
    }

    /** What the access log search is narrowed to: a site, a text (name, ID number or plate), a day. */
    public record AccessFilter(@Nullable Long siteId, @Nullable String text, @Nullable LocalDate day) {

    }

    /** An entry was recorded; {@code alert} says whether the gate must look twice, with the watch list's reason. */
    public record Admission(long id, @Nullable AccessAlert alert, @Nullable String reason) {
    }

}
