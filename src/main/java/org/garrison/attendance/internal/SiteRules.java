package org.garrison.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.CheckpointPosition;
import org.garrison.patrols.PatrolManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each site's attendance rule, the defaults from {@link AttendanceSettings} where a site has none; changes audited. */
@Component
public class SiteRules {

    private final JdbcClient jdbc;

    private final AttendanceSettings settings;

    private final OrganisationManagement organisation;

    private final PatrolManagement patrols;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SiteRules(JdbcClient jdbc, AttendanceSettings settings, OrganisationManagement organisation, PatrolManagement patrols,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.organisation = organisation;
        this.patrols = patrols;
        this.events = events;
        this.clock = clock;
    }

    /** The positions of the active checkpoints of these sites, by site id (sites without any left out). */
    @Transactional(readOnly = true)
    public Map<Long, List<CheckpointPosition>> checkpoints(Collection<Long> siteIds) {
        var byId = new HashMap<Long, List<CheckpointPosition>>();
        if (siteIds.isEmpty()) {
            return byId;
        }
        patrols.checkpointPositions(siteIds.stream().map(SiteId::new).toList())
            .forEach((site, positions) -> byId.put(site.value(), positions));
        return byId;
    }

    /** The rule of a site the user's scope covers (a site outside it is not found). */
    @Transactional(readOnly = true)
    public SiteRule of(CurrentUser user, SiteId site) {
        organisation.requireSite(user.scope(), site);
        return of(List.of(site.value())).get(site.value());
    }

    /** The rules of these sites (already found in the caller's scope), by site id; every id asked for is answered. */
    @Transactional(readOnly = true)
    public Map<Long, SiteRule> of(Collection<Long> siteIds) {
        var rules = new HashMap<Long, SiteRule>();
        if (!siteIds.isEmpty()) {
            jdbc.sql("SELECT * FROM att_site_rule WHERE site_id IN (:ids)")
                .param("ids", siteIds.stream().distinct().toList())
                .query(SiteRules::row)
                .list()
                .forEach(rule -> rules.put(rule.siteId(), rule));
        }
        siteIds.forEach(id -> rules.computeIfAbsent(id, this::defaults));
        return rules;
    }

    SiteRule defaults(long siteId) {
        return new SiteRule(siteId, settings.graceMinutes(), settings.absentAfterMinutes(), false, null, null,
                settings.radiusMetres(), false);
    }

    /** Stores the site's rule (in the user's scope), audited with the values before and after. */
    @Transactional
    public void save(CurrentUser user, SiteRule rule) {
        var site = new SiteId(rule.siteId());
        SiteRule before = of(user, site);
        if (rule.geofenceEnabled() && rule.latitude() == null && checkpoints(List.of(site.value())).isEmpty()) {
            throw new DomainException("attendance.rule.fenceNeedsPosition");
        }
        var values = Map.<String, Object>of("graceMinutes", rule.graceMinutes(), "absentAfterMinutes",
                rule.absentAfterMinutes(), "geofenceEnabled", rule.geofenceEnabled(), "radiusMetres", rule.radiusMetres());
        int updated = jdbc.sql("UPDATE att_site_rule SET grace_minutes = :grace, absent_after_minutes = :absent, "
                + "geofence_enabled = :fence, latitude = :lat, longitude = :lon, radius_metres = :radius, "
                + "updated_by = :by, updated_at = :at WHERE site_id = :site")
            .params(params(user, rule))
            .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO att_site_rule (site_id, grace_minutes, absent_after_minutes, geofence_enabled, latitude, "
                    + "longitude, radius_metres, updated_by, updated_at) VALUES (:site, :grace, :absent, :fence, :lat, :lon, "
                    + ":radius, :by, :at)")
                .params(params(user, rule))
                .update();
        }
        events.publishEvent(AuditedChange.of("UPDATE", "AttendanceSiteRule", rule.siteId(), organisation.siteName(site),
                Map.of("graceMinutes", before.graceMinutes(), "absentAfterMinutes", before.absentAfterMinutes(),
                        "geofenceEnabled", before.geofenceEnabled(), "radiusMetres", before.radiusMetres()),
                values));
    }

    private Map<String, Object> params(CurrentUser user, SiteRule rule) {
        var params = new HashMap<String, Object>();
        params.put("site", rule.siteId());
        params.put("grace", rule.graceMinutes());
        params.put("absent", rule.absentAfterMinutes());
        params.put("fence", rule.geofenceEnabled());
        params.put("lat", rule.latitude());
        params.put("lon", rule.longitude());
        params.put("radius", rule.radiusMetres());
        params.put("by", user.id());
        params.put("at", Timestamp.from(clock.instant()));
        return params;
    }

    private static SiteRule row(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new SiteRule(rs.getLong("site_id"), rs.getInt("grace_minutes"), rs.getInt("absent_after_minutes"),
                rs.getBoolean("geofence_enabled"), latitude, longitude, rs.getInt("radius_metres"), true);
    }

}
