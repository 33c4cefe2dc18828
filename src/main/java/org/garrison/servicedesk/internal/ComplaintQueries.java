package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.Named;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;
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

    /** One complaint in the user's scope with its history, memos and clocks; 404 outside the scope. */
    public ComplaintCard card(CurrentUser user, long id) {
        var complaint = scoped.find(user.scope(), id);
        String step = complaint.getStepRef();
        return new ComplaintCard(complaint, entries.findByComplaintIdOrderByAtAscIdAsc(id), memos.of(id),
                sla.clockOf(ComplaintClocks.COMPLAINT, complaint.getNumber()).orElse(null),
                step == null ? null : sla.clockOf(ComplaintClocks.STEP, step).orElse(null));
    }

    /** Active complaint types by code, named in the language asked for. */
    public Map<String, String> typeNames(Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return types.findAllByOrderByIdAsc()
            .stream()
            .collect(Collectors.toMap(ComplaintType::getCode, t -> chinese ? t.getNameZh() : t.getNameEn(), (a, b) -> a,
                    java.util.LinkedHashMap::new));
    }

    /** The sites the user may file for, by id and name. */
    public List<Named> sitesFor(CurrentUser user) {
        var ids = organisation.sitesIn(user.scope()).stream().map(SiteId::value).collect(Collectors.toSet());
        return organisation.siteNames().stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** Every site's name by id (for lists). */
    public Map<Long, String> siteNames() {
        return organisation.siteNames().stream().collect(Collectors.toMap(Named::id, Named::name, (a, b) -> a));
    }

    /** A complaint with its history, memos, and its whole and current-step clocks. */
    public record ComplaintCard(Complaint complaint, List<ComplaintEntry> history, List<Memo> memos,
            @Nullable SlaClockView clock, @Nullable SlaClockView stepClock) {

        public boolean memoOpen() {
            return memos.stream().anyMatch(Memo::isOpen);
        }

    }


}
