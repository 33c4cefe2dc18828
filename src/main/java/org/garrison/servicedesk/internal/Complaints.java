package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.Series;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientRecord;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing complaints and accepting them: a client files in the portal (submitted, waiting for customer
 * service), customer service registers a complaint taken on the phone, at a visit or by letter and signs
 * it at once. Both start the complaint's SLA clock.
 */
@Service
@Transactional
public class Complaints {

    public static final Series SERIES = new Series("COMPLAINT", "KS", "-", 3);

    private final ComplaintRepository complaints;

    private final ComplaintTypeRepository types;

    private final ScopedComplaints scoped;

    private final ComplaintJournal journal;

    private final NumberingManagement numbering;

    private final OrganisationManagement organisation;

    Complaints(ComplaintRepository complaints, ComplaintTypeRepository types, ScopedComplaints scoped,
            ComplaintJournal journal, NumberingManagement numbering, OrganisationManagement organisation) {
        this.complaints = complaints;
        this.types = types;
        this.scoped = scoped;
        this.journal = journal;
        this.numbering = numbering;
        this.organisation = organisation;
    }

    /**
     * Files a complaint as submitted and tells customer service at once; it still has to accept it.
     *
     * @throws NotFoundException when the site is outside the user's data scope
     * @throws DomainException when the type is unknown or the claim does not fit the category
     */
    public Complaint file(CurrentUser user, ComplaintDetails details) {
        var complaint = open(user, details);
        journal.tellCustomerService(complaint);
        return complaint;
    }

    /** Customer service registers a complaint it took itself and signs it (投诉受理) at once. */
    public Complaint register(CurrentUser user, ComplaintDetails details, boolean reasonable) {
        var complaint = open(user, details);
        accept(complaint, user, reasonable, null, null);
        return complaint;
    }

    private Complaint open(CurrentUser user, ComplaintDetails details) {
        if (!organisation.covers(user.scope(), new SiteId(details.siteId()))) {
            throw new NotFoundException("entity.site", details.siteId());
        }
        if (types.findByCode(details.typeCode()).filter(ComplaintType::isActive).isEmpty()) {
            throw new DomainException("servicedesk.complaint.typeUnknown", details.typeCode());
        }
        var now = journal.now();
        var complaint = complaints.save(new Complaint(numbering.next(SERIES, LocalDate.ofInstant(now, journal.zone())),
                clientOf(user, details.siteId()), details, user.id(), now));
        journal.clocks().filed(complaint);
        journal.moved(complaint, ComplaintState.SUBMITTED, user.displayName(), "FILED", complaint.getStatement().getReason());
        return complaint;
    }

    /**
     * Takes a complaint in as the user may: customer service registers and signs it (judged reasonable or
     * not), anyone else files it through the portal (see {@link Intake}).
     */
    public Complaint take(CurrentUser user, ComplaintDetails details, boolean reasonable) {
        var intake = Intake.of(user);
        var asTaken = intake.taken(details);
        return intake == Intake.REGISTERED ? register(user, asTaken, reasonable) : file(user, asTaken);
    }

    /**
     * Customer service accepts a submitted complaint, judges and classifies it and tells the client it will be
     * handled; the complaint's clock follows a changed category.
     *
     * @param category the category it sets, {@code null} to keep the one filed
     * @param claimed the amount claimed when it classifies a fee deduction
     */
    public Complaint accept(CurrentUser user, long id, boolean reasonable, @Nullable ComplaintCategory category,
            @Nullable BigDecimal claimed) {
        var complaint = scoped.find(user.scope(), id);
        accept(complaint, user, reasonable, category, claimed);
        return complaint;
    }

    /**
     * The client record to prefill the form from: a client user's own client, otherwise the client of the
     * site chosen (if the site is in scope and has a client).
     */
    @Transactional(readOnly = true)
    public @Nullable ClientRecord prefill(CurrentUser user, @Nullable Long siteId) {
        if (user.scope().level() == ScopeLevel.CLIENT) {
            return organisation.clientsIn(user.scope()).stream().findFirst().orElse(null);
        }
        return siteId == null ? null : clientAt(user, siteId);
    }

    private @Nullable ClientRecord clientAt(CurrentUser user, long siteId) {
        if (!organisation.covers(user.scope(), new SiteId(siteId))) {
            return null;
        }
        return organisation.clientsIn(new DataScope(ScopeLevel.SITE, siteId, user.id())).stream().findFirst().orElse(null);
    }

    private void accept(Complaint complaint, CurrentUser user, boolean reasonable, @Nullable ComplaintCategory category,
            @Nullable BigDecimal claimed) {
        var filedAs = complaint.getCategory();
        complaint.accept(user.displayName(), journal.today(), reasonable, category, claimed);
        if (complaint.getCategory() != filedAs) {
            journal.clocks().reclassified(complaint);
        }
        journal.clocks().accepted(complaint, journal.now());
        journal.moved(complaint, ComplaintState.SUBMITTED, user.displayName(), reasonable ? "ACCEPTED" : "ACCEPTED_UNREASONABLE",
                null);
    }

    private @Nullable Long clientOf(CurrentUser user, long siteId) {
        if (user.scope().level() == ScopeLevel.CLIENT) {
            return user.scope().refId();
        }
        var client = clientAt(user, siteId);
        return client == null ? null : client.id().value();
    }

}
