package org.garrison.facilities.assets;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.SortingRow;
import org.garrison.facilities.assets.CheckForms.SortingForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Garbage-sorting spot checks (垃圾分类抽查): the base of the sorting accuracy (correct bins ÷ bins checked, ≥ 90 %). */
@Service
public class SortingChecks {

    private final SortingCheckRepository checks;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SortingChecks(SortingCheckRepository checks, OrganisationManagement organisation, ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Records a spot check at a site in the user's scope; more correct bins than checked ones is refused. */
    @Transactional
    public SortingRow record(CurrentUser user, SortingForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var check = checks.save(new SortingCheck(siteId, Scoped.day(form.day(), clock), Objects.requireNonNull(form.binsChecked()),
                Objects.requireNonNull(form.binsCorrect()), form.note(), user.displayName()));
        var row = SortingRow.of(check, organisation.siteName(new SiteId(siteId)));
        events.publishEvent(AuditedChange.of("CREATE", "SortingCheck", check.getId(), row.siteName(), null,
                Map.of("day", row.day(), "binsChecked", row.binsChecked(), "binsCorrect", row.binsCorrect())));
        return row;
    }

    /** The spot checks of the scope's sites (of one when given), newest first. */
    @Transactional(readOnly = true)
    public List<SortingRow> list(DataScope scope, @Nullable Long siteId) {
        var found = checks.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "onDay", "id"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(SortingCheck::getSiteId).toList());
        return found.stream().map(s -> SortingRow.of(s, names.getOrDefault(s.getSiteId(), ""))).toList();
    }

}
