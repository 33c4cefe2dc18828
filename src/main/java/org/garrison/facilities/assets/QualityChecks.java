package org.garrison.facilities.assets;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.QualityRow;
import org.garrison.facilities.assets.CheckForms.QualityForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quality checks (质量检查) of the facility services: self, peer and third party, scored out of 100. */
@Service
public class QualityChecks {

    private final QualityCheckRepository checks;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    QualityChecks(QualityCheckRepository checks, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Records a check at a site in the user's scope; the score is computed from the items unless a third party gave one. */
    @Transactional
    public QualityRow record(CurrentUser user, QualityForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var check = checks.save(new QualityCheck(siteId, Objects.requireNonNull(form.service()), Objects.requireNonNull(form.kind()),
                Scoped.day(form.day(), clock), form.checker(), form.filledItems(), form.score(), form.externalReport(),
                form.notes(), user.displayName(), clock.instant()));
        var row = QualityRow.of(check, organisation.siteName(new SiteId(siteId)));
        events.publishEvent(AuditedChange.of("CREATE", "QualityCheck", check.getId(), row.siteName(), null,
                Map.of("service", row.service(), "kind", row.kind(), "day", row.day(), "score", row.score())));
        return row;
    }

    /** The checks of the scope's sites (of one when given), newest first. */
    @Transactional(readOnly = true)
    public List<QualityRow> list(DataScope scope, @Nullable Long siteId) {
        var found = checks.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "onDay", "id"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(QualityCheck::getSiteId).toList());
        return found.stream().map(q -> QualityRow.of(q, names.getOrDefault(q.getSiteId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public QualityRow check(DataScope scope, long id) {
        var check = checks.findOne(Scoped.<QualityCheck>withId(organisation.siteFilter(scope), id))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.qualityCheck", id));
        return QualityRow.of(check, organisation.siteName(new SiteId(check.getSiteId())));
    }

}
