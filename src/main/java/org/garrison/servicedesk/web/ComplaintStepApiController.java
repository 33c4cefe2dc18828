package org.garrison.servicedesk.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Memo;
import org.garrison.servicedesk.internal.Memos;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a complaint over REST, each by the department the rulebook names, as on the complaint's page:
 * customer service accepts, drafts, answers and visits again; security operations investigates; guard and team
 * leader confirm; memos (签呈) are filed and management decides them. Each step answers the complaint as it now is.
 */
@RestController
@RequestMapping("/api/v1/servicedesk/complaints/{id}")
@Tag(name = "Complaints", description = "The complaint register (客户投诉登记表) and its flow state")
class ComplaintStepApiController {

    private final Complaints complaints;

    private final ComplaintFlow flow;

    private final Memos memos;

    private final ComplaintQueries queries;

    ComplaintStepApiController(Complaints complaints, ComplaintFlow flow, Memos memos, ComplaintQueries queries) {
        this.complaints = complaints;
        this.flow = flow;
        this.memos = memos;
        this.queries = queries;
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Accept a complaint filed through the portal",
            description = "Only `reasonable: true` judges it reasonable. `category` classifies it (a client filing in the "
                    + "portal chooses none: it is general until then; omitted keeps the category it has), with "
                    + "`claimedAmount` for a fee deduction. 404 outside the caller's scope, 422 when it is not waiting "
                    + "to be accepted or a fee deduction names no amount.")
    ComplaintResponse accept(@PathVariable long id, @Valid @RequestBody StepForms.Accept form) {
        complaints.accept(user(), id, form.judgedReasonable(), form.category(), form.claimedAmount());
        return current(id);
    }

    @PostMapping("/investigate")
    @PreAuthorize("hasAuthority('COMPLAINTS_INVESTIGATE')")
    @Operation(summary = "Record the investigation: findings and the people responsible",
            description = "422 when the complaint is not being investigated.")
    ComplaintResponse investigate(@PathVariable long id, @Valid @RequestBody StepForms.Investigate form) {
        flow.investigate(user(), id, form.findings(), form.responsiblePeople());
        return current(id);
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasAuthority('COMPLAINTS_INVESTIGATE')")
    @Operation(summary = "Confirm the responsibility found (guard and team leader)")
    ComplaintResponse confirm(@PathVariable long id, @Valid @RequestBody StepForms.Confirm form) {
        flow.confirm(user(), id, form.confirmedBy());
        return current(id);
    }

    @PostMapping("/draft")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Draft the handling, the responsibility and any compensation",
            description = "A compensation goes to its approval chain before the answer. 422 in the wrong state.")
    ComplaintResponse draft(@PathVariable long id, @Valid @RequestBody StepForms.Draft form) {
        flow.draft(user(), id, form.handling(), Objects.requireNonNull(form.responsibility()), form.compensation());
        return current(id);
    }

    @PostMapping("/answer")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Answer the client", description = "422 while a memo is undecided or a compensation not approved.")
    ComplaintResponse answer(@PathVariable long id, @Valid @RequestBody StepForms.Text form) {
        flow.answer(user(), id, form.text());
        return current(id);
    }

    @PostMapping("/return-visit")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Record the return visit (回访) and close the complaint", description = "422 before the answer.")
    ComplaintResponse returnVisit(@PathVariable long id, @Valid @RequestBody StepForms.Text form) {
        flow.returnVisit(user(), id, form.text());
        return current(id);
    }

    @GetMapping("/memos")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE', 'MEMOS_DECIDE')")
    @Operation(summary = "The memos (签呈) filed against the complaint's handling", description = "Oldest first. 404 "
            + "outside the caller's scope.")
    List<MemoView> memos(@PathVariable long id) {
        return queries.card(user(), id).memos().stream().map(MemoView::of).toList();
    }

    @PostMapping("/memos")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a memo against the complaint's handling", description = "Management is told; while it is "
            + "undecided the answer cannot go to the client. 422 once the complaint is closed.")
    MemoView fileMemo(@PathVariable long id, @Valid @RequestBody StepForms.MemoForm form) {
        return MemoView.of(memos.file(user(), id, form.department(), form.objection()));
    }

    @PostMapping("/memos/{memoId}/decide")
    @PreAuthorize("hasAuthority('MEMOS_DECIDE')")
    @Operation(summary = "Decide a memo (management)", description = "422 when it is decided already.")
    MemoView decideMemo(@PathVariable long id, @PathVariable long memoId, @Valid @RequestBody StepForms.Text form) {
        return MemoView.of(memos.decide(user(), id, memoId, form.text()));
    }

    private ComplaintResponse current(long id) {
        var user = user();
        var card = queries.card(user, id);
        return ComplaintResponse.of(card.complaint(), card.history(), ComplaintPage.isInternal(user));
    }

    private static CurrentUser user() {
        return CurrentUser.require();
    }

    @Schema(name = "Memo", description = "A formal memo (签呈) against a complaint's handling")
    record MemoView(@Schema(example = "4") long id, @Schema(example = "31") long complaintId,
            @Schema(example = "人防部") String department, @Schema(example = "责任认定与监控记录不符。") String objection,
            @Schema(example = "客服部 张敏") String filedBy, Instant filedAt, @Nullable String decision,
            @Nullable String decidedBy, @Nullable Instant decidedAt) {

        static MemoView of(Memo m) {
            return new MemoView(m.getId(), m.getComplaintId(), m.getDepartment(), m.getObjection(), m.getFiledBy(),
                    m.getFiledAt(), m.getDecision(), m.getDecidedBy(), m.getDecidedAt());
        }

    }

}
