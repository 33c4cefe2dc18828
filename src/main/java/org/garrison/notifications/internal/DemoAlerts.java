package org.garrison.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once per database: a few unread alerts for the administrator, the security
 * operations department and the team leader of site S101, one of them asking for an acknowledgement.
 * They are published as {@link NotificationRequested} like any module's alerts.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoAlerts implements StartupData {

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    DemoAlerts(JdbcClient jdbc, OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "notifications.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        var site = organisation.siteByCode("S101");
        if (site.isEmpty() || !claimSeed()) {
            return;
        }
        long siteId = site.get().value();
        String siteName = organisation.scopeTargetName(new DataScope(ScopeLevel.SITE, siteId, 0)).orElse("S101");
        publish("approval.pending", Set.of("ADMIN", "SECURITY_OPS"), null, "notification.demo.approvalPending",
                List.of("BX-20261121-001", "队长 何勇"), false);
        publish("sla.warning", Set.of("SECURITY_OPS", "TEAM_LEADER"), siteId, "notification.demo.slaWarning",
                List.of("GD-20261121-007", siteName, "12"), false);
        publish("sla.breached", Set.of("ADMIN", "SECURITY_OPS", "TEAM_LEADER"), siteId, "notification.demo.slaBreached",
                List.of("GD-20261120-003", siteName), true);
        publish("approval.decided", Set.of("TEAM_LEADER"), siteId, "notification.demo.approvalDecided",
                List.of("QJ-20261119-002"), false);
    }

    /** Marks the demo alerts as created; false when another start (or node) already did. */
    private boolean claimSeed() {
        return jdbc.sql("INSERT INTO notification_demo_seed (id, seeded_at) SELECT 1, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM notification_demo_seed WHERE id = 1)").param(java.sql.Timestamp.from(clock.instant())).update() == 1;
    }

    private void publish(String kind, Set<String> roles, @Nullable Long siteId, String subjectKey, List<String> args,
            boolean needsAcknowledgement) {
        events.publishEvent(new NotificationRequested(kind, Set.of(), roles, SiteId.ofNullable(siteId), subjectKey, args, null,
                needsAcknowledgement, clock.instant()));
    }

}
