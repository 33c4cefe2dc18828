package org.garrison.facilities.assets;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.CountRow;
import org.garrison.facilities.assets.AssetViews.PlantChangeRow;
import org.garrison.facilities.assets.AssetViews.PlantRow;
import org.garrison.facilities.assets.PlantForms.CountForm;
import org.garrison.facilities.assets.PlantForms.PlantForm;
import org.garrison.facilities.assets.PlantForms.StatusForm;
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

/** The plant inventory (绿植台账) of the sites: plants taken in (non-toxic only), their status changes, and counts (盘点). */
@Service
public class Plants {

    static final String ENTITY = "FacilityPlant";

    private final PlantRepository plants;

    private final PlantStatusChangeRepository changes;

    private final PlantCountRepository counts;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Plants(PlantRepository plants, PlantStatusChangeRepository changes, PlantCountRepository counts,
            OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.plants = plants;
        this.changes = changes;
        this.counts = counts;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a plant into the inventory of a site in the user's scope; a toxic one is refused. */
    @Transactional
    public PlantRow add(CurrentUser user, PlantForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var day = Scoped.day(form.addedOn(), clock);
        var plant = plants.save(new Plant(siteId, form.location(), form.species(), form.nonToxic(), day, user.displayName()));
        changes.save(new PlantStatusChange(plant.getId(), day, plant.getStatus(), null, user.displayName()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, plant.getId(), plant.getSpecies(), null, plant.snapshot()));
        return PlantRow.of(plant, organisation.siteName(new SiteId(siteId)));
    }

    /** Records a plant's new status from a day on (diseased, dead, healthy again, removed), with why. */
    @Transactional
    public void changeStatus(CurrentUser user, long id, StatusForm form) {
        var plant = visible(user.scope(), id);
        var day = Scoped.day(form.day(), clock);
        var before = plant.snapshot();
        plant.changeTo(form.status());
        changes.save(new PlantStatusChange(id, day, form.status(), form.note(), user.displayName()));
        events.publishEvent(AuditedChange.of("STATUS", ENTITY, id, plant.getSpecies(), before, plant.snapshot()));
    }

    /** Records a count (盘点) of a site's plants on a day. */
    @Transactional
    public CountRow count(CurrentUser user, CountForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var count = counts.save(new PlantCount(siteId, Scoped.day(form.day(), clock), Objects.requireNonNull(form.alive()),
                Objects.requireNonNull(form.diseased()), Objects.requireNonNull(form.dead()), form.note(), user.displayName(),
                clock.instant()));
        var row = CountRow.of(count, organisation.siteName(new SiteId(siteId)));
        events.publishEvent(AuditedChange.of("CREATE", "FacilityPlantCount", count.getId(), row.siteName(), null,
                java.util.Map.of("alive", row.alive(), "diseased", row.diseased(), "dead", row.dead())));
        return row;
    }

    /** The plants of the scope's sites (of one when given), by site, location and species; removed ones last. */
    @Transactional(readOnly = true)
    public List<PlantRow> list(DataScope scope, @Nullable Long siteId) {
        var found = plants.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by("siteId", "status", "location", "species"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(Plant::getSiteId).toList());
        return found.stream().map(p -> PlantRow.of(p, names.getOrDefault(p.getSiteId(), ""))).toList();
    }

    @Transactional(readOnly = true)
    public PlantRow plant(DataScope scope, long id) {
        var plant = visible(scope, id);
        return PlantRow.of(plant, organisation.siteName(new SiteId(plant.getSiteId())));
    }

    /** The statuses a plant had, newest first. */
    @Transactional(readOnly = true)
    public List<PlantChangeRow> history(DataScope scope, long id) {
        visible(scope, id);
        return changes.findByPlantIdOrderByOnDayDescIdDesc(id).stream().map(PlantChangeRow::of).toList();
    }

    /** The counts of the scope's sites (of one when given), newest first. */
    @Transactional(readOnly = true)
    public List<CountRow> counts(DataScope scope, @Nullable Long siteId) {
        var found = counts.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "onDay", "id"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(PlantCount::getSiteId).toList());
        return found.stream().map(c -> CountRow.of(c, names.getOrDefault(c.getSiteId(), ""))).toList();
    }

    private Plant visible(DataScope scope, long id) {
        return plants.findOne(Scoped.<Plant>withId(organisation.siteFilter(scope), id))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.plant", id));
    }

}
