package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.facilities.assets.AssetViews.ReadingRow;
import org.garrison.facilities.assets.ElectricalForms.ReadingForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The readings of the electrical assets (电压、电流、绝缘电阻、接地电阻): refused out of range, judged against thresholds. */
@Service
public class Readings {

    private final ElectricalAssetRepository assets;

    private final ElectricalReadingRepository readings;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Readings(ElectricalAssetRepository assets, ElectricalReadingRepository readings, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.readings = readings;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Records a reading of an asset at a site in the user's scope; out of range or without any value it is refused. */
    @Transactional
    public ReadingRow record(CurrentUser user, long assetId, ReadingForm form) {
        var asset = assets.findOne(Scoped.<ElectricalAsset>withId(organisation.siteFilter(user.scope()), assetId))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.asset", assetId));
        var reading = readings.save(new ElectricalReading(asset, Scoped.time(form.readAt(), clock), form.voltage(), form.current(),
                form.insulation(), form.grounding(), user.displayName()));
        var row = ReadingRow.of(reading, asset.getName());
        var after = new HashMap<String, Object>();
        after.put("voltage", row.voltage());
        after.put("current", row.current());
        after.put("insulation", row.insulation());
        after.put("grounding", row.grounding());
        after.put("abnormal", row.abnormal());
        events.publishEvent(AuditedChange.of("READING", ElectricalAssets.ENTITY, assetId, asset.getName(), null, after));
        return row;
    }

    /** The latest readings of an asset already found in scope, newest first. */
    @Transactional(readOnly = true)
    List<ReadingRow> latest(ElectricalAsset asset) {
        return readings.findTop60ByAssetIdOrderByReadAtDesc(asset.getId()).stream().map(r -> ReadingRow.of(r, asset.getName())).toList();
    }

    /** The abnormal readings of a site in a month, oldest first (for the operation report). */
    @Transactional(readOnly = true)
    public List<ReadingRow> abnormalIn(long siteId, YearMonth month) {
        var start = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        var end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        var found = readings.findAll((root, query, cb) -> cb.and(cb.equal(root.get("siteId"), siteId), cb.isTrue(root.get("abnormal")),
                cb.greaterThanOrEqualTo(root.get("readAt"), start), cb.lessThan(root.get("readAt"), end)), Sort.by("readAt"));
        Map<Long, String> names = new HashMap<>();
        assets.findAllById(found.stream().map(ElectricalReading::getAssetId).distinct().toList())
            .forEach(a -> names.put(a.getId(), a.getName()));
        return found.stream().map(r -> ReadingRow.of(r, names.getOrDefault(r.getAssetId(), ""))).toList();
    }

}
