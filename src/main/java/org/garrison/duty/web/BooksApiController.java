package org.garrison.duty.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.duty.internal.ActionItem;
import org.garrison.duty.internal.CheckList;
import org.garrison.duty.internal.CheckLists;
import org.garrison.duty.internal.DispatchMeeting;
import org.garrison.duty.internal.DutyReports;
import org.garrison.duty.internal.DutyReports.Completeness;
import org.garrison.duty.internal.DutyReports.Coverage;
import org.garrison.duty.internal.DutyReports.FindingCount;
import org.garrison.duty.internal.Meetings;
import org.garrison.duty.internal.Talks;
import org.garrison.duty.internal.Talks.TalkRow;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;

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

/** Dispatch meetings (调度会), talk records (谈心记录), the 四查/五防 check lists and the books' reports. */
@RestController
@RequestMapping("/api/v1/duty")
@Tag(name = "Duty books")
class BooksApiController {

    private final Meetings meetings;

    private final Talks talks;

    private final CheckLists lists;

    private final DutyReports reports;

    BooksApiController(Meetings meetings, Talks talks, CheckLists lists, DutyReports reports) {
        this.meetings = meetings;
        this.talks = talks;
        this.lists = lists;
        this.reports = reports;
    }

    /** A meeting's minutes. */
    record MeetingView(long id, @Nullable Long branchId, LocalDate heldOn, String chair, String attendees, String agenda, @Nullable String decisions,
            String recordedBy, List<ItemView> items) {

        static MeetingView of(DispatchMeeting m, List<ActionItem> items) {
            return new MeetingView(m.getId(), m.getBranchId(), m.getHeldOn(), m.getChair(), m.getAttendees(), m.getAgenda(), m.getDecisions(),
                    m.getRecordedBy(), items.stream().map(ItemView::of).toList());
        }

    }

    /** An action item and whether it is done. */
    record ItemView(long id, long meetingId, String description, String owner, LocalDate due, @Nullable Instant doneAt,
            @Nullable String doneBy) {

        static ItemView of(ActionItem i) {
            return new ItemView(i.getId(), i.getMeetingId(), i.getDescription(), i.getOwner(), i.getDue(), i.getDoneAt(),
                    i.getDoneBy());
        }

    }

    /** A 四查/五防 check list. */
    record CheckListView(long id, CheckList.Kind kind, String name, List<String> items) {
    }

    @GetMapping("/meetings")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the dispatch meetings in scope, newest first, without their items",
            description = "The whole department's meetings and those of the branches the caller's scope reaches.")
    PageResponse<MeetingView> meetings(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "meetings per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(meetings.list(CurrentUser.require().scope(), PageResponse.request(page, size)),
                m -> MeetingView.of(m, List.of()));
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "A dispatch meeting with its action items", description = "404 when unknown or out of scope.")
    MeetingView meeting(@PathVariable long id) {
        var card = meetings.card(CurrentUser.require().scope(), id);
        return MeetingView.of(card.meeting(), card.items());
    }

    @GetMapping("/meetings/items")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the open action items of the meetings in scope, soonest due first")
    PageResponse<ItemView> openItems(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(meetings.openItems(CurrentUser.require().scope(), PageResponse.request(page, size)), ItemView::of);
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a dispatch meeting's minutes with its action items",
            description = "Without branchId the meeting is the whole department's (company-wide callers only); 422 for a "
                    + "branch outside the caller's scope.")
    MeetingView record(@Valid @RequestBody MeetingForm body) {
        var items = body.items() == null ? List.<Meetings.NewItem>of() : body.items().stream().map(ActionItemForm::item).toList();
        long id = meetings.record(CurrentUser.require(), body.branchId(), Objects.requireNonNull(body.heldOn()), body.chair(), body.attendees(),
                body.agenda(), body.decisions(), items);
        return meeting(id);
    }

    @PostMapping("/meetings/{id}/items")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @Operation(summary = "Add an action item to a meeting", description = "404 when the meeting is unknown.")
    MeetingView addItem(@PathVariable long id, @Valid @RequestBody ActionItemForm body) {
        meetings.addItem(CurrentUser.require(), id, body.item());
        return meeting(id);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/done")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @Operation(summary = "Mark an action item done", description = "422 when it is done already.")
    MeetingView done(@PathVariable long id, @PathVariable long itemId) {
        meetings.done(CurrentUser.require(), id, itemId);
        return meeting(id);
    }

    @GetMapping("/talks")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the talk records of the sites in scope, newest first")
    PageResponse<TalkRow> talks(@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "records per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(talks.list(CurrentUser.require().scope(), PageResponse.request(page, size)));
    }

    @PostMapping("/talks")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a talk record", description = "422 for a site outside the scope, a guard not at the site, "
            + "or a day in the future. Answers the first page of the talk records, the new one among them.")
    PageResponse<TalkRow> talk(@Valid @RequestBody TalkForm body) {
        var user = CurrentUser.require();
        talks.record(user, Objects.requireNonNull(body.siteId()), Objects.requireNonNull(body.employeeId()), body.talkedOn(),
                body.topic(), body.followUp());
        return PageResponse.of(talks.list(user.scope(), PageResponse.request(0, 20)));
    }

    @GetMapping("/checklists")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "The 四查/五防 check lists (none shipped)")
    List<CheckListView> checkLists() {
        return lists.list().stream().map(l -> new CheckListView(l.getId(), l.getKind(), l.getName(), l.itemList())).toList();
    }

    @PostMapping("/checklists")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a 四查 or 五防 check list", description = "422 when the name is taken or it has no items.")
    List<CheckListView> addCheckList(@Valid @RequestBody CheckListForm body) {
        lists.create(Objects.requireNonNull(body.kind()), body.name(), body.items());
        return checkLists();
    }

    @PostMapping("/checklists/{id}")
    @PreAuthorize("hasAuthority('DUTY_MANAGE')")
    @Operation(summary = "Change a check list's items", description = "404 when unknown; 422 without items.")
    List<CheckListView> changeCheckList(@PathVariable long id, @Valid @RequestBody CheckListForm body) {
        lists.change(id, body.items());
        return checkLists();
    }

    @GetMapping("/reports/coverage")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "Post checks per site and week (Monday) by checker role, over the last weeks (1–26, default 4)")
    List<Coverage> coverage(@RequestParam(defaultValue = "4") int weeks) {
        return reports.coverage(CurrentUser.require().scope(), Math.max(1, Math.min(weeks, 26)));
    }

    @GetMapping("/reports/findings")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "Failed checklist lines per site over the last weeks (1–26, default 4), most first")
    List<FindingCount> findings(@RequestParam(defaultValue = "4") int weeks) {
        return reports.findings(CurrentUser.require().scope(), Math.max(1, Math.min(weeks, 26)));
    }

    @GetMapping("/reports/handovers")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "Handover completeness per site and week (Monday) over the last weeks (1–26, default 4)",
            description = "Of the published shifts that have ended at the caller's sites, how many were handed over with "
                    + "an entry the incoming guard acknowledged (the entry names the outgoing shift); percent to one decimal.")
    List<Completeness> handovers(@RequestParam(defaultValue = "4") int weeks) {
        return reports.handovers(CurrentUser.require().scope(), Math.max(1, Math.min(weeks, 26)));
    }

}
