package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.facilities.assets.AssetViews.ChemicalRow;
import org.garrison.facilities.assets.AssetViews.TreatmentRow;
import org.garrison.facilities.assets.PestForms.ChemicalForm;
import org.garrison.facilities.assets.PestForms.FollowUpForm;
import org.garrison.facilities.assets.PestForms.TreatmentForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The allowed chemicals (national-standard low-toxicity, kept by logistics) and the treatment records (消杀记录) that
 * must use one of them, with their follow-up checks: the base of the treatment-effectiveness rate.
 */
@Service
public class Treatments {

    static final String ENTITY = "PestTreatment";

    private final ChemicalRepository chemicals;

    private final TreatmentRepository treatments;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Treatments(ChemicalRepository chemicals, TreatmentRepository treatments, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.chemicals = chemicals;
        this.treatments = treatments;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** Puts a chemical on the list; a registration number already on it is refused. */
    @Transactional
    public ChemicalRow addChemical(ChemicalForm form) {
        if (chemicals.existsByRegistrationNoIgnoreCase(form.registrationNo().strip())) {
            throw new DomainException("facilities.assets.chemical.taken", form.registrationNo().strip());
        }
        var chemical = chemicals.save(new Chemical(form.name(), form.registrationNo(), form.lowToxicity()));
        events.publishEvent(AuditedChange.of("CREATE", "PestChemical", chemical.getId(), chemical.getName(), null,
                Map.of("name", chemical.getName(), "registrationNo", chemical.getRegistrationNo(), "lowToxicity",
                        chemical.isLowToxicity())));
        return ChemicalRow.of(chemical);
    }

    /** Allows a chemical again or no longer (old treatments keep its name). */
    @Transactional
    public void setChemicalActive(long id, boolean active) {
        var chemical = chemicals.findById(id).orElseThrow(() -> new NotFoundException("facilities.assets.entity.chemical", id));
        boolean was = chemical.isActive();
        chemical.setActive(active);
        events.publishEvent(AuditedChange.of(active ? "ACTIVATE" : "DEACTIVATE", "PestChemical", id, chemical.getName(),
                Map.of("active", was), Map.of("active", active)));
    }

    /** The whole list, active ones first. */
    @Transactional(readOnly = true)
    public List<ChemicalRow> chemicals() {
        return chemicals.findAllByOrderByActiveDescNameAsc().stream().map(ChemicalRow::of).toList();
    }

    /** The chemicals a treatment may use now. */
    @Transactional(readOnly = true)
    public List<ChemicalRow> allowedChemicals() {
        return chemicals.findAllByOrderByActiveDescNameAsc().stream().filter(Chemical::allowed).map(ChemicalRow::of).toList();
    }

    /** Records a treatment at a site in the user's scope; a chemical not allowed (inactive, not low-toxicity) is refused. */
    @Transactional
    public TreatmentRow record(CurrentUser user, TreatmentForm form) {
        long siteId = Objects.requireNonNull(form.siteId());
        organisation.requireSite(user.scope(), new SiteId(siteId));
        long chemicalId = Objects.requireNonNull(form.chemicalId());
        var chemical = chemicals.findById(chemicalId)
            .orElseThrow(() -> new DomainException("facilities.assets.treatment.chemicalNotAllowed", chemicalId));
        var treatment = treatments.save(new Treatment(siteId, Scoped.time(form.treatedAt(), clock), form.areas(), chemical,
                Objects.requireNonNull(form.dose()), form.doseUnit(), form.equipment(), form.targets(), form.clientInformed(),
                user.displayName(), clock.instant()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, treatment.getId(), treatment.getAreas(), null, treatment.snapshot()));
        return TreatmentRow.of(treatment, organisation.siteName(new SiteId(siteId)));
    }

    /** Records the follow-up check of a treatment, once. */
    @Transactional
    public TreatmentRow followUp(CurrentUser user, long id, FollowUpForm form) {
        var treatment = treatments.findOne(Scoped.<Treatment>withId(organisation.siteFilter(user.scope()), id))
            .orElseThrow(() -> new NotFoundException("facilities.assets.entity.treatment", id));
        var before = treatment.snapshot();
        LocalDate treatedOn = LocalDate.ofInstant(treatment.getTreatedAt(), clock.getZone());
        treatment.followUp(Scoped.day(form.day(), clock), treatedOn, Boolean.TRUE.equals(form.effective()), form.note());
        events.publishEvent(AuditedChange.of("FOLLOW_UP", ENTITY, id, treatment.getAreas(), before, treatment.snapshot()));
        return TreatmentRow.of(treatment, organisation.siteName(new SiteId(treatment.getSiteId())));
    }

    /** The treatments of the scope's sites (of one when given), newest first. */
    @Transactional(readOnly = true)
    public List<TreatmentRow> list(DataScope scope, @Nullable Long siteId) {
        var found = treatments.findAll(Scoped.at(organisation.siteFilter(scope), siteId),
                PageRequest.of(0, Scoped.LIST_LIMIT, Sort.by(Sort.Direction.DESC, "treatedAt", "id"))).getContent();
        var names = organisation.siteNamesById(found.stream().map(Treatment::getSiteId).toList());
        return found.stream().map(t -> TreatmentRow.of(t, names.getOrDefault(t.getSiteId(), ""))).toList();
    }

}
