package org.garrison.rosters.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.internal.AutoRostering;
import org.garrison.rosters.internal.RosterDrafts;
import org.garrison.rosters.internal.RosterPublishing;
import org.garrison.rosters.internal.ShiftTemplate;
import org.garrison.rosters.internal.ShiftTemplates;
import org.garrison.rosters.web.RosterForms.AssignForm;
import org.garrison.rosters.web.RosterForms.PlanForm;
import org.garrison.rosters.web.RosterForms.PublishForm;
import org.garrison.rosters.web.RosterForms.TemplateForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rosters over REST, the same services as the pages: templates, requirements, solving, edits, publishing, requests. */
@RestController
@RequestMapping("/api/v1/rosters")
@Tag(name = "Rosters", description = "Shift templates, post requirements, auto-rostering (排班), swaps (调班) and leave (请假)")
class RosterApiController {

    private final ShiftTemplates templates;

    private final AutoRostering auto;

    private final LongJobs jobs;

    private final RosterPublishing publishing;

    private final RosterGrid grid;

    private final RosterDrafts drafts;

    RosterApiController(ShiftTemplates templates, AutoRostering auto, LongJobs jobs,
            RosterPublishing publishing, RosterGrid grid, RosterDrafts drafts) {
        this.drafts = drafts;
        this.templates = templates;
        this.auto = auto;
        this.jobs = jobs;
        this.publishing = publishing;
        this.grid = grid;
    }

    /** A shift template as the API shows it. */
    record TemplateView(long id, String templateSet, String name, String startsAt, String endsAt, boolean crossesMidnight,
            int breakMinutes) {

        static TemplateView of(ShiftTemplate t) {
            return new TemplateView(t.getId(), t.getTemplateSet(), t.getName(), t.getStartsAt().toString(),
                    t.getEndsAt().toString(), t.isCrossesMidnight(), t.getBreakMinutes());
        }

    }

    @GetMapping("/templates")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "The active shift templates", description = "By set and start time. Needs ROSTER_PLAN.")
    List<TemplateView> templates() {
        return templates.active().stream().map(TemplateView::of).toList();
    }

    @PostMapping("/templates")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "Add a shift template to a set", description = "422 when it overlaps a template of the same set, "
            + "or ends at or before its start without crossing midnight. Audited. Needs ROSTER_PLAN.")
    TemplateView createTemplate(@Valid @RequestBody TemplateForm form) {
        return TemplateView.of(templates.create(form.templateSet(), new ShiftTemplate.Timing(form.name(), form.startsAt(),
                form.endsAt(), form.crossesMidnight(), form.breakMinutes())));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "Propose a roster", description = "Starts the solver as a long job for a site, a branch or the "
            + "company (within the caller's scope) and up to 31 days; follow it at the Location. The draft appears in "
            + "GET /api/v1/rosters/{id} with its explanations. 422 for a bad period or no post requirement. Needs ROSTER_PLAN.")
    ResponseEntity<JobView> plan(@Valid @RequestBody PlanForm form) {
        long id = auto.start(CurrentUser.require(), new AutoRostering.Request(form.level(),
                form.level() == ScopeLevel.COMPANY ? null : form.ref(), form.firstDay(), form.lastDay()));
        return JobView.accepted(id, jobs.get(new JobId(id)));
    }

    /** A roster with its grid, findings and readiness to publish. */
    record RosterView(long id, String state, LocalDate firstDay, LocalDate lastDay, List<RosterGrid.Line> lines,
            List<RosterGrid.Said> findings) {
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "A roster", description = "Its places by post and day and every broken rule in the caller's "
            + "language. 404 outside the caller's scope. Needs ROSTER_PLAN.")
    RosterView roster(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        var g = grid.of(scope, id);
        var r = drafts.get(scope, id);
        return new RosterView(id, r.getState().name(), r.getFirstDay(), r.getLastDay(), g.lines(),
                grid.findings(scope, id).stream().flatMap(f -> f.items().stream()).toList());
    }

    @PutMapping("/{id}/shifts/{shiftId}")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "Pick a guard for a draft's shift", description = "The solver's hard rules are checked (on-duty "
            + "gate, leave, height, one shift at a time, a day off in seven); 422 when one is broken. Too little rest is "
            + "allowed and warned at publishing. No employee clears the place. Audited. Needs ROSTER_PLAN.")
    List<RosterGrid.Said> assign(@PathVariable long id, @PathVariable long shiftId, @RequestBody AssignForm form) {
        var scope = CurrentUser.require().scope();
        publishing.assign(scope, id, shiftId, form.employeeId() == null ? null : new EmployeeId(form.employeeId()));
        return form.employeeId() == null ? List.of() : grid.problems(scope, id, shiftId, new EmployeeId(form.employeeId()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "Publish a draft", description = "422 while a place is uncovered or a guard double-booked, or "
            + "when a guard has too little rest and no reason is given. Replaces the published shifts of the same sites "
            + "and days; rostered guards are told. Needs ROSTER_PLAN.")
    ResponseEntity<Void> publish(@PathVariable long id, @Valid @RequestBody PublishForm form) {
        var user = CurrentUser.require();
        publishing.publish(user.scope(), id, form.reason(), user.id());
        return ResponseEntity.noContent().build();
    }

}
