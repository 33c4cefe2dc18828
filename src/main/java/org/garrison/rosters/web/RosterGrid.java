package org.garrison.rosters.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.internal.RosterDrafts;
import org.garrison.rosters.internal.RosterPublishing;
import org.garrison.rosters.internal.RosterShift;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** A roster as the page shows it: one line per post-shift place, one cell per day, and its findings in words. */
@Component
class RosterGrid {

    private static final List<String> LEVELS = List.of("HARD", "MEDIUM", "SOFT");

    private final RosterDrafts drafts;

    private final RosterPublishing publishing;

    private final PeopleManagement people;

    private final OrganisationManagement organisation;

    private final RosterTexts texts;

    RosterGrid(RosterDrafts drafts, RosterPublishing publishing, PeopleManagement people,
            OrganisationManagement organisation, RosterTexts texts) {
        this.drafts = drafts;
        this.publishing = publishing;
        this.people = people;
        this.organisation = organisation;
        this.texts = texts;
    }

    /** One shift cell. */
    record Cell(long shiftId, LocalDate day, String siteName, String postName, String templateName, Long employeeId,
            String guard) {
    }

    /** One line: a place (site, post, template, slot) and its cells by day. */
    record Line(String siteName, String postName, String templateName, Map<LocalDate, Cell> cells) {
    }

    /** The grid: the days as columns and the lines. */
    record Grid(List<LocalDate> days, List<Line> lines) {
    }

    /** A finding or a check, said in the reader's language. */
    record Said(String level, String text) {
    }

    Grid of(DataScope scope, long rosterId) {
        var roster = drafts.get(scope, rosterId);
        var names = names(scope);
        var sites = organisation.siteNamesIn(scope);
        var lines = new LinkedHashMap<String, Line>();
        for (RosterShift s : drafts.shifts(scope, rosterId)) {
            var place = s.place();
            String key = place.siteId() + "/" + place.postName() + "/" + place.templateName() + "/" + place.slot();
            String site = sites.getOrDefault(place.siteId(), "");
            var line = lines.computeIfAbsent(key, k -> new Line(site, place.postName(), place.templateName(), new HashMap<>()));
            line.cells().put(place.day(), cell(s, site, names));
        }
        var days = new ArrayList<LocalDate>();
        for (LocalDate d = roster.getFirstDay(); !d.isAfter(roster.getLastDay()); d = d.plusDays(1)) {
            days.add(d);
        }
        return new Grid(days, List.copyOf(lines.values()));
    }

    Cell shift(DataScope scope, long rosterId, long shiftId) {
        var names = names(scope);
        var sites = organisation.siteNamesIn(scope);
        return drafts.shifts(scope, rosterId)
            .stream()
            .filter(s -> s.getId() == shiftId)
            .findFirst()
            .map(s -> cell(s, sites.getOrDefault(s.getSiteId(), ""), names))
            .orElseThrow(() -> new NotFoundException("entity.rosterShift", shiftId));
    }

    /** The findings of one rule: its level, its name ({@code rosters.constraint.<name>}) and each finding in words. */
    record FindingGroup(String level, String constraint, List<Said> items) {
    }

    /**
     * The findings grouped by rule, most serious first, so a month's hundreds of soft findings read as a handful of
     * lines that open on demand.
     */
    List<FindingGroup> findings(DataScope scope, long rosterId) {
        var groups = new LinkedHashMap<String, FindingGroup>();
        drafts.findings(scope, rosterId)
            .stream()
            .sorted(Comparator.comparing(f -> LEVELS.indexOf(f.getLevel())))
            .forEach(f -> groups.computeIfAbsent(f.getLevel() + "/" + f.getConstraintName(),
                    k -> new FindingGroup(f.getLevel(), f.getConstraintName(), new ArrayList<>()))
                .items()
                .add(new Said(f.getLevel(), texts.say(f.getMessageKey(), f.args()))));
        return List.copyOf(groups.values());
    }

    List<Said> problems(DataScope scope, long rosterId, long shiftId, EmployeeId employee) {
        return publishing.check(scope, rosterId, shiftId, employee)
            .stream()
            .map(p -> new Said(p.kind().warningOnly() ? "WARNING" : "HARD", texts.say(p.why().messageKey(), p.why().args())))
            .toList();
    }

    /** The readiness to publish, said in words. */
    record Ready(long uncovered, List<Said> refusals, List<Said> warnings) {
    }

    Ready readiness(DataScope scope, long rosterId) {
        var r = publishing.readiness(scope, rosterId);
        return new Ready(r.uncovered(),
                r.refusals().stream().map(p -> new Said("HARD", texts.say(p.why().messageKey(), p.why().args()))).toList(),
                r.warnings().stream().map(p -> new Said("WARNING", texts.say(p.why().messageKey(), p.why().args()))).toList());
    }

    private Map<Long, String> names(DataScope scope) {
        var names = new HashMap<Long, String>();
        people.dutyCandidates(scope).forEach(c -> names.put(c.id().value(), c.name()));
        return names;
    }

    private static Cell cell(RosterShift s, String site, Map<Long, String> names) {
        Long employee = s.getEmployeeId();
        return new Cell(s.getId(), s.getServiceDay(), site, s.getPostName(), s.getTemplateName(), employee,
                employee == null ? "" : names.getOrDefault(employee, "#" + employee));
    }

}
