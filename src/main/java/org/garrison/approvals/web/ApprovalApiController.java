package org.garrison.approvals.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.approvals.internal.Approvals;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approvals for API callers: the caller's inbox, a request with its history, decisions, and submitting
 * (for integrations and tests). Requests outside the caller's reach are 404; refused moves are 422.
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Approval requests (审批) and decisions within the caller's roles and scope")
class ApprovalApiController {

    private final Approvals approvals;

    ApprovalApiController(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/inbox")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Requests waiting for the caller's decision, oldest first")
    PageResponse<ApprovalSummary> inbox(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(approvals.inbox(CurrentUser.require(), PageResponse.request(page, size)),
                ApprovalSummary::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A request with its steps and history", description = "The caller's own, or one within the caller's scope at a step of one of the caller's roles.")
    ApprovalDetail request(@PathVariable long id) {
        return ApprovalDetail.of(approvals.get(CurrentUser.require(), id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Approve at the current step (the request moves on, or is approved at the last step)")
    ApprovalDetail approve(@PathVariable long id, @Valid @RequestBody CommentRequest body) {
        var user = CurrentUser.require();
        approvals.approve(user, id, body.comment());
        return ApprovalDetail.of(approvals.get(user, id));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Reject the request (a comment is required)")
    ApprovalDetail reject(@PathVariable long id, @Valid @RequestBody CommentRequest body) {
        var user = CurrentUser.require();
        approvals.reject(user, id, body.comment());
        return ApprovalDetail.of(approvals.get(user, id));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Send the request back to its submitter for changes (a comment is required)")
    ApprovalDetail sendBack(@PathVariable long id, @Valid @RequestBody CommentRequest body) {
        var user = CurrentUser.require();
        approvals.sendBack(user, id, body.comment());
        return ApprovalDetail.of(approvals.get(user, id));
    }

    @PostMapping
    @PreAuthorize(ApprovalPermissions.ANY_SUBMIT)
    @Operation(summary = "Submit a request as the caller", description = "The steps come from the type's chain as it is "
            + "now. The caller needs the permission to submit the type (e.g. APPROVALS_SUBMIT_EXPENSE for EXPENSE_CLAIM, "
            + "APPROVALS_SUBMIT_OTHER for a type an administrator added): 403 otherwise.")
    ResponseEntity<ApprovalDetail> submit(@Valid @RequestBody SubmitRequest body) {
        var user = CurrentUser.require();
        long id = approvals.submit(user, body.submission()).getId();
        // relative, never built from the request's Host header
        var location = URI.create("/api/v1/approvals/" + id);
        return ResponseEntity.created(location).body(ApprovalDetail.of(approvals.get(user, id)));
    }

}
