package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.AssetCard;
import org.garrison.facilities.assets.AssetViews.AssetRow;
import org.garrison.facilities.assets.AssetViews.FaultRow;
import org.garrison.facilities.assets.AssetViews.ReadingRow;
import org.garrison.facilities.assets.ElectricalForms.AssetForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electrical assets of the sites (用电设备) and their faults: a fault makes the asset faulty, its repair puts it back
 * in service once no other fault of it is open.
 */
@Service
public class ElectricalAssets {

    static final String ENTITY = "ElectricalAsset";

    private final ElectricalAssetRepository assets;

    private final ElectricalFaultRepository faults;

    private final Readings readings;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ElectricalAssets(ElectricalAssetRepository assets, ElectricalFaultRepository faults, Readings readings,
            OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.faults = faults;
        this.readings = readings;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an asset at a site in the user's scope, in service from today. */
    @Transactional
    public AssetRow register(CurrentUser user, AssetForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var asset = assets.save(new ElectricalAsset(siteId, Objects.requireNonNull(form.kind()), form.name(), form.location(),
                form.keyDevice(), Scoped.day(null, clock)));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, asset.getId(), asset.getName(), null, asset.snapshot()));
        return AssetRow.of(asset, organisation.siteName(new SiteId(siteId)));
    }

    /** Retires an asset: it takes no more readings or faults and no longer counts as registered. */
    @Transactional
    public void retire(CurrentUser user, long id) {
        var asset = visible(user.scope(), id);
        var before = asset.snapshot();
        asset.retire();
        events.publishEvent(AuditedChange.of("RETIRE", ENTITY, id, asset.getName(), before, asset.snapshot()));
    }

    /** Records a fault of an asset, which makes it faulty. */
    @Transactional
    public FaultRow reportFault(CurrentUser user, long assetId, String description) {
        var asset = visible(user.scope(), assetId);
        var before = asset.snapshot();
        asset.faultFound();
        var fault = faults.save(new ElectricalFault(asset, clock.instant(), description, user.displayName()));
        events.publishEvent(AuditedChange.of("FAULT", ENTITY, assetId, asset.getName(), before, asset.snapshot()));
        return FaultRow.of(fault, asset.getName());
    }

    /** Records the repair of an open fault; the asset is in service again when none of its faults is open. */
    @Transactional
    public FaultRow fix(CurrentUser user, long faultId, String repair) {
        var fault = faults.findOne(Scoped.<ElectricalFault>withId(organisation.siteFilter(user.scope()), faultId))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.fault", faultId));
        var asset = assets.findById(fault.getAssetId()).orElseThrow();
        var before = asset.snapshot();
        fault.fix(repair, user.displayName(), clock.instant());
        faults.flush();
        if (!faults.existsByAssetIdAndFixedAtIsNull(asset.getId())) {
            asset.repaired();
        }
        events.publishEvent(AuditedChange.of("REPAIR", ENTITY, asset.getId(), asset.getName(), before, asset.snapshot()));
        return FaultRow.of(fault, asset.getName());
    }

    /** The assets of the scope's sites (of one when given), by site, kind and name. */
    @Transactional(readOnly = true)
    public List<AssetRow> list(DataScope scope, @Nullable Long siteId) {
        var found = assets.findAll(Scoped.at(organisation.siteFilter(scope), siteId), Sort.by("siteId", "kind", "name"));
        var names = organisation.siteNamesById(found.stream().map(ElectricalAsset::getSiteId).toList());
        return found.stream().map(a -> AssetRow.of(a, names.getOrDefault(a.getSiteId(), ""))).toList();
    }

    /** An asset with its latest readings and all its faults. */
    @Transactional(readOnly = true)
    public AssetCard card(DataScope scope, long id) {
        var asset = visible(scope, id);
        return new AssetCard(AssetRow.of(asset, organisation.siteName(new SiteId(asset.getSiteId()))),
                readings.latest(asset), faults.findByAssetIdOrderByReportedAtDesc(id)
                    .stream()
                    .map(f -> FaultRow.of(f, asset.getName()))
                    .toList());
    }

    /** The faults of a site that were open on some day of the month, oldest first (for the operation report). */
    @Transactional(readOnly = true)
    public List<FaultRow> faultsIn(long siteId, YearMonth month) {
        var start = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        var end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        var found = faults.findAll((root, query, cb) -> cb.and(cb.equal(root.get("siteId"), siteId),
                cb.lessThan(root.get("reportedAt"), end),
                cb.or(cb.isNull(root.get("fixedAt")), cb.greaterThanOrEqualTo(root.get("fixedAt"), start))),
                Sort.by("reportedAt"));
        return withAssetNames(found);
    }

    /** The abnormal readings of a site in a month, oldest first (for the operation report). */
    @Transactional(readOnly = true)
    public List<ReadingRow> abnormalIn(long siteId, YearMonth month) {
        return readings.abnormalIn(siteId, month);
    }

    private List<FaultRow> withAssetNames(List<ElectricalFault> found) {
        var names = new java.util.HashMap<Long, String>();
        assets.findAllById(found.stream().map(ElectricalFault::getAssetId).distinct().toList())
            .forEach(a -> names.put(a.getId(), a.getName()));
        return found.stream().map(f -> FaultRow.of(f, names.getOrDefault(f.getAssetId(), ""))).toList();
    }

    private ElectricalAsset visible(DataScope scope, long id) {
        return assets.findOne(Scoped.<ElectricalAsset>withId(organisation.siteFilter(scope), id))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.asset", id));
    }

}
