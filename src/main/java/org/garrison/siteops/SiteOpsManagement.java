package org.garrison.siteops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.siteops.access.AccessQueries;
import org.garrison.siteops.incidents.IncidentQueries;
import org.garrison.siteops.internal.DailyActivity;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * What other modules ask of site operations. Appraisal (SPEC §3.9) asks which incidents and unauthorised
 * vehicle releases cancel bonuses in a scope during a period; the shift handover asks who is still on site;
 * the daily report asks for a site's day.
 */
@Service
public class SiteOpsManagement {

    private final IncidentQueries incidents;

    private final AccessQueries access;

    private final DailyActivity activity;

    SiteOpsManagement(IncidentQueries incidents, AccessQueries access, DailyActivity activity) {
        this.incidents = incidents;
        this.access = access;
        this.activity = activity;
    }

    /**
     * A site's day, oldest first: people and vehicles in and out, inspections, hazards found and rectified,
     * incidents (the daily report's data); empty when the scope does not cover the site.
     *
     * @return entries whose {@code kind} is PERSON_IN, PERSON_OUT, VEHICLE_IN, VEHICLE_OUT, INSPECTION, HAZARD,
     *     HAZARD_RECTIFIED or INCIDENT
     */
    public List<ActivityEntry> dailyActivity(DataScope scope, SiteId site, LocalDate day) {
        return activity.of(scope, site.value(), day)
            .stream()
            .map(e -> new ActivityEntry(e.kind().name(), e.at(), e.text(), e.link(), e.flagged()))
            .toList();
    }

    /** One line of a site's day; {@code flagged} when it needs attention. */
    public record ActivityEntry(String kind, Instant at, String text, String link, boolean flagged) {
    }

    /**
     * The incidents of type theft or fire, and the security accidents, at the sites the scope covers that
     * occurred on the days from {@code from} to {@code to} (both included), oldest first.
     */
    public List<BonusCancellingIncident> bonusCancellingIncidents(DataScope scope, LocalDate from, LocalDate to) {
        return incidents.bonusCancelling(scope, from, to)
            .stream()
            .map(row -> new BonusCancellingIncident(new IncidentId(row.id()), row.number(), new SiteId(row.siteId()),
                    row.type().name(), row.occurredAt()))
            .toList();
    }

    /**
     * The vehicles released without authorisation (放行) at the sites the scope covers on the days from
     * {@code from} to {@code to} (both included), oldest first: each a violation of the releasing guard.
     */
    public List<UnauthorisedRelease> unauthorisedReleases(DataScope scope, LocalDate from, LocalDate to) {
        return access.unauthorisedReleases(scope, from, to)
            .stream()
            .map(row -> new UnauthorisedRelease(new AccessEntryId(row.id()), new SiteId(row.siteId()), row.plate(),
                    new UserId(Objects.requireNonNull(row.releasedById())), Objects.requireNonNull(row.releasedBy()),
                    Objects.requireNonNull(row.leftAt())))
            .toList();
    }

    /**
     * The site of the incident numbered {@code number} (e.g. {@code SJ-20261207-001}); empty when there is none or
     * the scope does not cover its site. The handover book checks an omission's reference with it.
     */
    public Optional<SiteId> incidentSite(DataScope scope, String number) {
        return incidents.siteOf(scope, number);
    }

    /**
     * The visitors still on a site (no leaving time), longest first, for the shift handover; empty when the
     * scope does not cover the site.
     */
    public List<VisitorOnSite> visitorsOnSite(DataScope scope, SiteId site) {
        return access.visitorsOnSite(scope, site.value())
            .stream()
            .map(row -> new VisitorOnSite(row.name(), row.company(), row.purpose(), row.host(), row.enteredAt(),
                    row.badgeNumber()))
            .toList();
    }

    /** A vehicle let out without authorisation by the guard (user) {@code guardUserId}. */
    public record UnauthorisedRelease(AccessEntryId entryId, SiteId site, String plate, UserId guardUserId, String guardName,
            Instant releasedAt) {
    }

    /** A visitor still on site, with the badge they hold (if any). */
    public record VisitorOnSite(String name, @Nullable String company, String purpose, @Nullable String host,
            Instant enteredAt, @Nullable String badgeNumber) {
    }

    /**
     * An incident that cancels the month's and quarter's bonus in its area.
     *
     * @param type FIRE, THEFT, or another type recorded as a security accident
     */
    public record BonusCancellingIncident(IncidentId id, String number, SiteId site, String type, Instant occurredAt) {
    }

}
