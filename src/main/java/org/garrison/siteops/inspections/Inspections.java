package org.garrison.siteops.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Doing a safety inspection: every item of the checklist passed, failed or not applicable, with notes and
 * photos. Each failed item opens one hazard titled as the problem found (its photo goes with the hazard); the site's schedule for the
 * checklist moves on. All in one transaction: a refused photo stores nothing.
 */
@Service
public class Inspections {

    public static final String OWNER_TYPE = "Inspection";

    /** How a hazard opened by a failed item begins (the register is kept in Chinese, like the checklists). */
    static final String FAILED_ITEM = "未达标：";

    private final Checklists checklists;

    private final InspectionRepository inspections;

    private final OrganisationManagement organisation;

    private final Hazards hazards;

    private final DocumentsManagement documents;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Inspections(Checklists checklists, InspectionRepository inspections, OrganisationManagement organisation, Hazards hazards,
            DocumentsManagement documents, ApplicationEventPublisher events, Clock clock) {
        this.checklists = checklists;
        this.inspections = inspections;
        this.organisation = organisation;
        this.hazards = hazards;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an inspection of a site in the user's scope.
     *
     * @param results one per checklist item, in order
     * @param photos photos by item position (0-based)
     * @throws DomainException when an item has no outcome or a failed item has no note
     */
    @Transactional
    public Inspection record(CurrentUser user, long siteId, long checklistId, List<ItemResult> results,
            Map<Integer, Upload> photos) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        var checklist = checklists.get(checklistId);
        var itemTexts = checklist.itemList();
        if (results.size() != itemTexts.size() || results.stream().anyMatch(r -> r.outcome() == null)) {
            throw new DomainException("siteops.inspection.outcomeMissing");
        }
        var items = new ArrayList<InspectionItem>();
        for (int i = 0; i < itemTexts.size(); i++) {
            var result = results.get(i);
            String note = Texts.blankToNull(result.note());
            if (note != null && note.length() > 500) {
                throw new DomainException("siteops.inspection.noteTooLong", itemTexts.get(i));
            }
            if (result.outcome() == Outcome.FAIL && note == null) {
                throw new DomainException("siteops.inspection.failNeedsNote", itemTexts.get(i));
            }
            items.add(new InspectionItem(i, itemTexts.get(i), result.outcome(), note));
        }
        Instant now = clock.instant();
        var inspection = inspections.save(new Inspection(siteId, checklist, now, user.id(), user.displayName(), items));
        for (var item : inspection.getItems()) {
            Upload photo = photos.get(item.getPosition());
            if (item.getOutcome() == Outcome.FAIL) {
                var hazard = hazards.open(user, siteId, problemTitle(item.getItemText()), String.valueOf(item.getNote()),
                        Severity.MINOR, null, null, inspection.getId());
                item.openedHazard(hazard.getId());
                if (photo != null) {
                    documents.attach(Hazards.ENTITY, hazard.getId().toString(), photo);
                }
            }
            else if (photo != null) {
                documents.attach(OWNER_TYPE, inspection.getId().toString(), photo);
            }
        }
        checklists.inspected(siteId, checklistId, LocalDate.ofInstant(now, clock.getZone()));
        events.publishEvent(AuditedChange.of("CREATE", OWNER_TYPE, inspection.getId(), checklist.getName(), null,
                Map.of("siteId", siteId, "checklist", checklist.getName(), "failed", inspection.getFailedCount())));
        return inspection;
    }

    /**
     * A failed item as a hazard's title: a problem, not the item's pass wording ("灭火器压力正常" is what was
     * checked; "未达标：灭火器压力正常" is what was found).
     */
    static String problemTitle(String itemText) {
        String title = FAILED_ITEM + itemText;
        return title.length() > Hazard.TITLE_MAX ? title.substring(0, Hazard.TITLE_MAX) : title;
    }

    /** What the inspector found for one item. */
    public record ItemResult(@Nullable Outcome outcome, @Nullable String note) {
    }

}
