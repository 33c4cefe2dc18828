package org.garrison.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.Stage;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The on-duty gate and the site roster for API callers (e.g. scheduling). */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Employees, applicants, on-duty clearance and the site roster")
class PeopleApiController {

    private final PeopleManagement people;

    private final Employees employees;

    private final Roster roster;

    private final PeopleQueries queries;

    private final MessageSource messages;

    private final Clock clock;

    PeopleApiController(PeopleManagement people, Employees employees, Roster roster, PeopleQueries queries,
            MessageSource messages, Clock clock) {
        this.people = people;
        this.employees = employees;
        this.roster = roster;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/employees")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "Employees in the caller's data scope",
            description = "By name; optionally of one site, or matching a name or phone.")
    PageResponse<EmployeeSummary> employees(
            @Parameter(description = "only employees posted at this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "part of the name or phone") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.employees(CurrentUser.require().scope(), siteId, q,
                PageResponse.request(page, size)), EmployeeSummary::of);
    }

    @GetMapping("/applicants")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "Applicants in the caller's data scope",
            description = "Newest first; optionally in one stage, or matching a name or phone.")
    PageResponse<ApplicantSummary> applicants(
            @Parameter(description = "only applicants in this stage") @RequestParam(required = false) @Nullable Stage stage,
            @Parameter(description = "part of the name or phone") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.applicants(CurrentUser.require().scope(), stage, q,
                PageResponse.request(page, size)), ApplicantSummary::of);
    }

    @GetMapping("/employees/{id}/clearance")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "Whether an employee may be put on duty today",
            description = "Cleared only when employed, onboarding and skills exams passed and not lapsed, and the guard licence valid; "
                    + "otherwise every reason. 404 outside the caller's data scope.")
    ClearanceResponse clearance(@PathVariable long id, Locale locale) {
        employees.get(CurrentUser.require().scope(), id);
        var clearance = people.clearance(new EmployeeId(id), LocalDate.now(clock));
        return new ClearanceResponse(id, clearance.cleared(), clearance.refusals()
            .stream()
            .map(r -> new ClearanceResponse.Reason(r.messageKey(),
                    messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale)))
            .toList());
    }

    @GetMapping("/roster")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "The current site roster",
            description = "Guards posted at the caller's sites (or one of them), by site, post and since.")
    PageResponse<RosterLine> roster(
            @Parameter(description = "only this site's roster") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(roster.current(CurrentUser.require().scope(), siteId, PageResponse.request(page, size)),
                RosterLine::of);
    }

    @PostMapping("/roster/assignments")
    @PreAuthorize("hasAuthority('ROSTER_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a guard at a site through the on-duty gate",
            description = "Refused with 422 and the gate's reason when the employee may not be put on duty.")
    void assign(@Valid @RequestBody AssignRequest request) {
        people.assignToPost(CurrentUser.require(), new EmployeeId(request.employeeId()), new SiteId(request.siteId()),
                request.postId() == null ? null : new PostId(request.postId()), request.since());
    }

}
