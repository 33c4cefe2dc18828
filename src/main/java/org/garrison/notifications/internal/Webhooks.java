package org.garrison.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The group-chat robots per site or branch: configured by administrators, found for an alert's site. */
@Service
public class Webhooks {

    private final WebhookRepository webhooks;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Webhooks(WebhookRepository webhooks, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.webhooks = webhooks;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Webhook> all() {
        return webhooks.findAllByOrderByScopeTypeAscRefIdAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Webhook get(long id) {
        return webhooks.findById(id).orElseThrow(() -> new NotFoundException("entity.webhook", id));
    }

    @Transactional
    public Webhook add(Webhook.ScopeType scopeType, long refId, RobotFlavour flavour, String url,
            @Nullable String keyword) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new DomainException("notification.webhook.urlInvalid");
        }
        ScopeLevel level = scopeType == Webhook.ScopeType.SITE ? ScopeLevel.SITE : ScopeLevel.BRANCH;
        if (!organisation.scopeTargetExists(level, refId)) {
            throw new DomainException("notification.webhook.targetUnknown");
        }
        var webhook = webhooks.save(new Webhook(scopeType, refId, flavour, trimmed, keyword, clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", "Webhook", webhook.getId(), scopeType + " " + refId, null,
                Map.of("flavour", flavour.name(), "scope", scopeType.name(), "refId", refId)));
        return webhook;
    }

    @Transactional
    public void remove(long id) {
        var webhook = get(id);
        webhooks.delete(webhook);
        events.publishEvent(AuditedChange.of("DELETE", "Webhook", id, webhook.getScopeType() + " " + webhook.getRefId(),
                Map.of("flavour", webhook.getFlavour().name()), null));
    }

    /** The active robots of the site and of the branch the site belongs to. */
    @Transactional(readOnly = true)
    public List<Webhook> forSite(long siteId) {
        var found = new ArrayList<>(webhooks.findByActiveTrueAndScopeTypeAndRefId(Webhook.ScopeType.SITE, siteId));
        for (Webhook branchRobot : webhooks.findByActiveTrueAndScopeType(Webhook.ScopeType.BRANCH)) {
            if (organisation.covers(new DataScope(ScopeLevel.BRANCH, branchRobot.getRefId(), 0), new SiteId(siteId))) {
                found.add(branchRobot);
            }
        }
        return found;
    }

}
