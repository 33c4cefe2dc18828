package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.garrison.people.ClearanceBook;
import org.garrison.people.DutyCandidate;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.solver.Blocker;
import org.garrison.rosters.internal.solver.Guard;
import org.garrison.rosters.internal.solver.History;
import org.garrison.rosters.internal.solver.Preferences;
import org.garrison.rosters.internal.solver.RosterPlan;
import org.garrison.rosters.internal.solver.Slot;
import org.garrison.shared.DataScope;
import org.garrison.shared.PostId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the planning problem for a scope and period: one slot per guard place of every post-shift the posts need,
 * the scope's staff as candidates with the days the on-duty gate or approved leave block them and their published
 * shifts just outside the period, and the published roster as the guard each place had before.
 */
@Component
@Transactional(readOnly = true)
class RosterProblems {

    private final PostNeeds needs;

    private final ShiftTemplates templates;

    private final PeopleManagement people;

    private final GuardFacts facts;

    private final RosterShiftRepository shifts;

    private final RosterSettings settings;

    private final Clock clock;

    RosterProblems(PostNeeds needs, ShiftTemplates templates, PeopleManagement people, GuardFacts facts,
            RosterShiftRepository shifts, RosterSettings settings, Clock clock) {
        this.needs = needs;
        this.templates = templates;
        this.people = people;
        this.facts = facts;
        this.shifts = shifts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A problem and the place each slot stands for (by slot id). */
    record Problem(RosterPlan plan, List<PostShift> places) {
    }

    Problem build(DataScope scope, LocalDate first, LocalDate last) {
        ZoneId zone = clock.getZone();
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        var guards = guards(scope, first, days);
        var previous = previous(scope, first, last);
        var slots = new ArrayList<Slot>();
        var places = new ArrayList<PostShift>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (PostNeed need : needs.on(scope, day)) {
                for (ShiftTemplate template : templates.ofSet(need.templateSet())) {
                    for (int n = 0; n < need.headcountPerShift(); n++) {
                        var place = new PostShift(day, need.siteId(), need.postId(), need.postName(), template.getId(),
                                template.getName(), n, template.startOn(day, zone), template.endOn(day, zone));
                        slots.add(new Slot(slots.size(), new Slot.Place(day, d, need.siteId(), need.siteName(),
                                need.postId(), need.postName(), template.getName(), place.starts().getEpochSecond() / 60,
                                place.ends().getEpochSecond() / 60, template.isNight(), weekend, need.minHeightCm()),
                                guards, previous.get(key(place))));
                        places.add(place);
                    }
                }
            }
        }
        return new Problem(new RosterPlan(settings.workRules(), guards, slots), places);
    }

    private List<Guard> guards(DataScope scope, LocalDate first, int days) {
        var staff = people.dutyCandidates(scope);
        var onLeave = facts.leaveDays(staff, first, days);
        var preferences = facts.preferences(staff);
        var history = facts.history(staff, first, days);
        var posts = needs.on(scope, first).stream().map(PostNeed::postId).distinct().toList();
        var gate = people.clearances(staff.stream().map(DutyCandidate::id).toList());
        return staff.stream().map(c -> {
            var blocked = new HashMap<Integer, Blocker>(onLeave.getOrDefault(c.id().value(), Map.of()));
            for (int d = 0; d < days; d++) {
                var clearance = gate.clearance(c.id(), first.plusDays(d), null);
                if (!clearance.cleared() && !blocked.containsKey(d)) {
                    var refusal = clearance.refusals().get(0);
                    blocked.put(d, new Blocker(refusal.messageKey(), refusal.args()));
                }
            }
            var postBlocks = new HashMap<Long, Map<Integer, Blocker>>();
            for (long post : posts) {
                var fromDay = firstRefusedDay(d -> postRefusal(gate, c.id(), first.plusDays(d), post) != null, days);
                if (fromDay < days) {
                    var refusal = postRefusal(gate, c.id(), first.plusDays(fromDay), post);
                    var byDay = new HashMap<Integer, Blocker>();
                    for (int d = fromDay; d < days; d++) {
                        byDay.put(d, refusal);
                    }
                    postBlocks.put(post, byDay);
                }
            }
            return new Guard(c.id().value(), c.name(), c.site() == null ? null : c.site().value(),
                    c.post() == null ? null : c.post().value(), c.heightCm(), blocked, postBlocks,
                    preferences.getOrDefault(c.id().value(), Preferences.NONE),
                    history.getOrDefault(c.id().value(), History.NONE));
        }).toList();
    }

    /**
     * The first day a post's certificate requirement refuses the guard, or {@code days} for none: a certificate
     * valid on the first day stays valid until it lapses, so the refusal, once it starts, lasts (binary search).
     */
    static int firstRefusedDay(IntPredicate refusedOn, int days) {
        if (refusedOn.test(0)) {
            return 0;
        }
        if (!refusedOn.test(days - 1)) {
            return days;
        }
        int low = 0;
        int high = days - 1;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (refusedOn.test(mid)) {
                high = mid;
            }
            else {
                low = mid;
            }
        }
        return high;
    }

    private static Blocker postRefusal(ClearanceBook gate, EmployeeId employee, LocalDate day, long post) {
        return gate.clearance(employee, day, new PostId(post))
            .refusals()
            .stream()
            .filter(r -> r.messageKey().startsWith("people.gate.postRequires."))
            .findFirst()
            .map(r -> new Blocker(r.messageKey(), r.args()))
            .orElse(null);
    }

    /** The published guard of every place in the period, by place key. */
    private Map<String, Long> previous(DataScope scope, LocalDate first, LocalDate last) {
        var result = new HashMap<String, Long>();
        shifts.findPublished(first, last)
            .stream()
            .filter(s -> s.getEmployeeId() != null)
            .forEach(s -> result.put(key(s.place()), s.getEmployeeId()));
        return result;
    }

    static String key(PostShift place) {
        return place.day() + "/" + place.postId() + "/" + place.templateId() + "/" + place.slot();
    }

}
