package org.garrison.rosters.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.internal.GuardPreferences;
import org.garrison.rosters.internal.GuardRequests;
import org.garrison.rosters.internal.RequestLists;
import org.garrison.rosters.internal.RosterSettingsView;
import org.garrison.rosters.web.RosterForms.DecisionForm;
import org.garrison.rosters.web.RosterForms.LeaveForm;
import org.garrison.rosters.web.RosterForms.SwapForm;
import org.garrison.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A guard's shifts, swap and leave requests over REST, and the team leader's decisions on them. */
@RestController
@RequestMapping("/api/v1/rosters")
@Tag(name = "Rosters", description = "Shift templates, post requirements, auto-rostering (排班), swaps (调班) and leave (请假)")
class GuardRosterApiController {

    private final RosterManagement rosters;

    private final GuardRequests requests;

    private final RequestLists lists;

    private final RosterSettingsView settings;

    private final GuardPreferences preferences;

    private final Clock clock;

    GuardRosterApiController(RosterManagement rosters, GuardRequests requests, RequestLists lists,
            RosterSettingsView settings, GuardPreferences preferences, Clock clock) {
        this.rosters = rosters;
        this.requests = requests;
        this.lists = lists;
        this.settings = settings;
        this.preferences = preferences;
        this.clock = clock;
    }

    @GetMapping("/my-preferences")
    @PreAuthorize("hasAuthority('ROSTER_OWN')")
    @Operation(summary = "My roster preferences", description = "Whether I would rather not work nights and the days "
            + "of the week I would like off; the solver keeps to them where it can (a soft rule). 422 for an account "
            + "that is no employee. Needs ROSTER_OWN.")
    PreferencesForm myPreferences() {
        return PreferencesForm.of(preferences.mine(CurrentUser.require()));
    }

    @PutMapping("/my-preferences")
    @PreAuthorize("hasAuthority('ROSTER_OWN')")
    @Operation(summary = "State my roster preferences", description = "avoidNights and daysOff (at most two days, e.g. "
            + "[\"SUNDAY\"]); replaces what was stated before, audited. 422 for more days or an account that is no "
            + "employee. Needs ROSTER_OWN.")
    PreferencesForm statePreferences(@RequestBody PreferencesForm form) {
        preferences.state(CurrentUser.require(), form.preferences());
        return myPreferences();
    }

    @GetMapping("/my-shifts")
    @PreAuthorize("hasAuthority('ROSTER_OWN')")
    @Operation(summary = "My published shifts", description = "From today for the configured number of days (14 by "
            + "default); empty for a user who is no employee. Needs ROSTER_OWN.")
    List<DutyShift> myShifts() {
        LocalDate today = LocalDate.now(clock);
        return requests.employeeOf(CurrentUser.require())
            .map(me -> rosters.publishedShifts(me, today, today.plusDays(settings.myShiftsDays())))
            .orElse(List.of());
    }

    @PostMapping("/swaps")
    @PreAuthorize("hasAuthority('ROSTER_OWN')")
    @Operation(summary = "Ask to hand a shift to another guard (调班)", description = "One of the caller's future published "
            + "shifts; 422 when the other guard is not cleared for duty there that day, or is on another shift. The team "
            + "leaders of the site are told. Needs ROSTER_OWN.")
    ResponseEntity<Void> swap(@Valid @RequestBody SwapForm form) {
        requests.askSwap(CurrentUser.require(), form.shiftId(), new EmployeeId(form.toEmployee()), form.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/leave")
    @PreAuthorize("hasAuthority('ROSTER_OWN')")
    @Operation(summary = "Ask for days off (请假)", description = "422 for a period in the past or ending before it starts. "
            + "Needs ROSTER_OWN.")
    ResponseEntity<Void> leave(@Valid @RequestBody LeaveForm form) {
        requests.askLeave(CurrentUser.require(), form.firstDay(), form.lastDay(), form.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAuthority('ROSTER_APPROVE')")
    @Operation(summary = "Open swap and leave requests", description = "Of the sites in the caller's scope. Needs ROSTER_APPROVE.")
    OpenRequests open() {
        var scope = CurrentUser.require().scope();
        return new OpenRequests(lists.openSwaps(scope), lists.openLeave(scope));
    }

    /** The open requests. */
    record OpenRequests(List<RequestLists.SwapRow> swaps, List<RequestLists.LeaveRow> leave) {
    }

    @PostMapping("/swaps/{id}/decision")
    @PreAuthorize("hasAuthority('ROSTER_APPROVE')")
    @Operation(summary = "Approve or refuse a swap", description = "Approving checks the other guard again and puts them on "
            + "the shift (audited). 404 outside the caller's scope; 422 when already decided. Needs ROSTER_APPROVE.")
    ResponseEntity<Void> decideSwap(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        var user = CurrentUser.require();
        requests.decideSwap(user.scope(), id, form.approve(), form.note(), user.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/leave/{id}/decision")
    @PreAuthorize("hasAuthority('ROSTER_APPROVE')")
    @Operation(summary = "Approve or refuse leave", description = "Approving opens the guard's published shifts in those "
            + "days for the team leader to fill (audited). 404 outside the caller's scope; 422 when already decided. Needs "
            + "ROSTER_APPROVE.")
    ResponseEntity<Void> decideLeave(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        var user = CurrentUser.require();
        requests.decideLeave(user.scope(), id, form.approve(), form.note(), user.id());
        return ResponseEntity.noContent().build();
    }

}
