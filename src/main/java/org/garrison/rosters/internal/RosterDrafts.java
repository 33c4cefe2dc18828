package org.garrison.rosters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.internal.solver.RosterSolver;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores solved rosters as drafts and reads rosters within the user's data scope (in the query). */
@Service
@Transactional
public class RosterDrafts {

    private final RosterRepository rosters;

    private final RosterShiftRepository shifts;

    private final FindingRowRepository findings;

    private final OrganisationManagement organisation;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    RosterDrafts(RosterRepository rosters, RosterShiftRepository shifts, FindingRowRepository findings,
            OrganisationManagement organisation, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.rosters = rosters;
        this.shifts = shifts;
        this.findings = findings;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** One roster in a list. */
    public record RosterRow(long id, String scopeLevel, String scopeName, LocalDate firstDay, LocalDate lastDay,
            String state, long places, long uncovered) {
    }

    /** Stores a solved roster as a draft with what it breaks; returns its id. */
    public long store(DataScope scope, LocalDate first, LocalDate last, RosterProblems.Problem problem,
            RosterSolver.Solved solved, long by) {
        var roster = new Roster(scope.level(), scope.refId(), first, last, by, clock.instant());
        roster.scored((int) solved.score().hardScore(), solved.score().softScore());
        rosters.save(roster);
        long id = roster.getId();
        var slots = solved.plan().getSlots();
        shifts.saveAll(slots.stream()
            .map(slot -> new RosterShift(id, problem.places().get((int) slot.getId()),
                    slot.getGuard() == null ? null : slot.getGuard().getId()))
            .toList());
        findings.saveAll(solved.findings().stream().map(f -> new FindingRow(id, f)).toList());
        events.publishEvent(AuditedChange.of("create", "ros_roster", id, first + " – " + last, null,
                Map.of("scope", scope.level().name(), "places", slots.size(), "score", solved.score().toString())));
        return id;
    }

    /** The rosters with a shift at a site the scope covers (or made for the whole scope), newest first. */
    @Transactional(readOnly = true)
    public List<RosterRow> list(DataScope scope) {
        var sites = organisation.siteFilter(scope);
        return jdbc.sql("SELECT r.id, r.scope_level, r.scope_ref, r.first_day, r.last_day, r.state, "
                + "(SELECT COUNT(*) FROM ros_shift s WHERE s.roster_id = r.id) AS places, "
                + "(SELECT COUNT(*) FROM ros_shift s WHERE s.roster_id = r.id AND s.employee_id IS NULL) AS uncovered "
                + "FROM ros_roster r WHERE r.state <> 'DISCARDED' AND EXISTS (SELECT 1 FROM ros_shift s WHERE s.roster_id = r.id AND "
                + sites.sql("s.site_id") + ") ORDER BY r.id DESC LIMIT 50")
            .query((rs, n) -> new RosterRow(rs.getLong("id"), rs.getString("scope_level"),
                    scopeName(rs.getString("scope_level"), (Long) rs.getObject("scope_ref")),
                    rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(), rs.getString("state"),
                    rs.getLong("places"), rs.getLong("uncovered")))
            .list();
    }

    private String scopeName(String level, Long ref) {
        if (ref == null) {
            return "";
        }
        return switch (level) {
            case "SITE" -> organisation.siteNamesById(List.of(ref)).getOrDefault(ref, "");
            case "BRANCH" -> organisation.branchNamesById().getOrDefault(ref, "");
            default -> "";
        };
    }

    /**
     * A roster with a shift in the scope.
     *
     * @throws NotFoundException when there is none
     */
    @Transactional(readOnly = true)
    public Roster get(DataScope scope, long id) {
        var sites = organisation.siteFilter(scope);
        boolean visible = jdbc.sql("SELECT COUNT(*) FROM ros_shift s WHERE s.roster_id = :id AND " + sites.sql("s.site_id"))
            .param("id", id)
            .query(Long.class)
            .single() > 0;
        return rosters.findById(id).filter(r -> visible).orElseThrow(() -> new NotFoundException("entity.roster", id));
    }

    /** The roster's shifts at sites of the scope, by day, site, post, start and slot. */
    @Transactional(readOnly = true)
    public List<RosterShift> shifts(DataScope scope, long id) {
        var roster = get(scope, id);
        var inScope = organisation.siteNamesIn(scope).keySet();
        return shifts.findByRosterIdOrderByServiceDayAscSiteIdAscPostNameAscStartsAtAscSlotAsc(roster.getId())
            .stream()
            .filter(s -> scope.isCompanyWide() || inScope.contains(s.getSiteId()))
            .toList();
    }

    @Transactional(readOnly = true)
    public List<FindingRow> findings(DataScope scope, long id) {
        return findings.findByRosterIdOrderByIdAsc(get(scope, id).getId());
    }

    /** Discards a draft the planner does not want. */
    public void discard(DataScope scope, long id) {
        var roster = get(scope, id);
        roster.discard();
        events.publishEvent(AuditedChange.of("delete", "ros_roster", id, roster.getFirstDay() + " – " + roster.getLastDay(),
                Map.of("state", "DRAFT"), null));
    }

    /** Shifts of other rosters still published on the sites and days of a roster (to be replaced when it is). */
    List<RosterShift> publishedUnder(Roster roster, List<Long> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        return shifts.findPublished(roster.getFirstDay(), roster.getLastDay())
            .stream()
            .filter(s -> s.getRosterId() != roster.getId() && siteIds.contains(s.getSiteId()))
            .toList();
    }

}
