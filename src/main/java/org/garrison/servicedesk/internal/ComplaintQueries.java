package org.garrison.servicedesk.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the complaint pages and the API show: scoped lists, one complaint with its history, names for pickers. */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

    private final ScopedComplaints scoped;

    private final ComplaintEntryRepository entries;

    private final Memos memos;

    private final ComplaintTypeRepository types;

    private final SlaManagement sla;

    private final OrganisationManagement organisation;

    ComplaintQueries(ScopedComplaints scoped, ComplaintEntryRepository entries, Memos memos,
            ComplaintTypeRepository types, SlaManagement sla, OrganisationManagement organisation) {
        this.scoped = scoped;
        this.entries = entries;
        this.memos = memos;
        this.types = types;
        this.sla = sla;
        this.organisation = organisation;
    }

    public List<Complaint> list(CurrentUser user, @Nullable ComplaintState state, boolean overdueOnly) {
        return scoped.list(user.scope(), state, overdueOnly);
    }

    /** One page of the complaints in the user's scope, newest first; paged in the query. */
    public Page<Complaint> list(CurrentUser user, @Nullable ComplaintState state, boolean overdueOnly, Pageable pageable) {
        return scoped.list(user.scope(), state, overdueOnly, pageable);
    }

    /** One complaint in the user's scope with its history, memos, clocks and the user's next steps; 404 outside the scope. */
    public ComplaintCard card(CurrentUser user, long id) {
        var complaint = scoped.find(user.scope(), id);
        String step = complaint.getStepClock().getStepRef();
        return new ComplaintCard(complaint, entries.findByComplaintIdOrderByAtAscIdAsc(id), memos.of(id),
                sla.clockOf(ComplaintClocks.COMPLAINT, complaint.getNumber()).orElse(null),
                step == null ? null : sla.clockOf(ComplaintClocks.STEP, step).orElse(null),
                complaint.nextSteps().stream().filter(next -> next.takenBy(user)).toList(), Memos.files(user));
    }

    /** Active complaint types by code, named in the language asked for. */
    public Map<String, String> typeNames(Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return types.findAllByOrderByIdAsc()
            .stream()
            .collect(Collectors.toMap(ComplaintType::getCode, t -> chinese ? t.getNameZh() : t.getNameEn(), (a, b) -> a,
                    java.util.LinkedHashMap::new));
    }

    /** The sites the user may file for, in code order. */
    public List<SiteChoice> sitesFor(CurrentUser user) {
        return organisation.siteChoices(user.scope());
    }

    /** The names of these sites by id (for lists of rows already found in scope). */
    public Map<Long, String> siteNames(Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        organisation.siteNames(ids.stream().distinct().map(SiteId::new).toList())
            .forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    /**
     * A complaint with its history, memos, its whole and current-step clocks, and the next steps the flow
     * allows now that this user's department takes, and whether the department may file memos.
     */
    public record ComplaintCard(Complaint complaint, List<ComplaintEntry> history, List<Memo> memos,
            @Nullable SlaClockView clock, @Nullable SlaClockView stepClock, List<ComplaintStep> steps, boolean memoFiler) {

        /** Whether this user's department may file a memo now (an open complaint; customer service or operations). */
        public boolean memoFiling() {
            return complaint.acceptsMemo() && memoFiler;
        }

        public boolean memoOpen() {
            return memos.stream().anyMatch(Memo::isOpen);
        }

    }


}
