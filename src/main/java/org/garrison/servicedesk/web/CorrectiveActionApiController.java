package org.garrison.servicedesk.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.CorrectiveAction;
import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's cause and corrective action over REST, as on the complaint's page (internal: a client user is
 * refused): recorded and carried out by customer service or security operations, the effect checked by customer
 * service. Each call answers the action as it now is.
 */
@RestController
@RequestMapping("/api/v1/servicedesk/complaints/{id}/corrective-action")
@Tag(name = "Complaints", description = "The complaint register (客户投诉登记表) and its flow state")
class CorrectiveActionApiController {

    private final CorrectiveActions actions;

    CorrectiveActionApiController(CorrectiveActions actions) {
        this.actions = actions;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE', 'MEMOS_DECIDE')")
    @Operation(summary = "The complaint's cause and corrective action (发生原因、改善对策)",
            description = "404 when the complaint is outside the caller's scope or no corrective action is recorded yet.")
    CorrectiveView show(@PathVariable long id) {
        return view(actions.of(user(), id).orElseThrow(() -> new NotFoundException("entity.correctiveAction", id)));
    }

    @PutMapping
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    @Operation(summary = "Record or revise the cause and corrective action",
            description = "The owner department's role holders at the site are told when it is assigned. 422 before the "
                    + "complaint is accepted, for a due date in the past, or once the action is carried out.")
    CorrectiveView plan(@PathVariable long id, @Valid @RequestBody CorrectiveForms.Plan form) {
        return view(actions.plan(user(), id, form.toPlan()));
    }

    @PostMapping("/done")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_INVESTIGATE')")
    @Operation(summary = "Report the corrective action carried out (执行)", description = "422 when it is not open.")
    CorrectiveView done(@PathVariable long id, @Valid @RequestBody CorrectiveForms.Done form) {
        return view(actions.done(user(), id, form.note()));
    }

    @PostMapping("/effect")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Check the effect (效果确认): confirm it or reopen it by a new due date",
            description = "`effective: false` needs `newDueOn` and tells the owner's department again. 422 before the "
                    + "action is carried out.")
    CorrectiveView effect(@PathVariable long id, @Valid @RequestBody CorrectiveForms.Effect form) {
        return view(actions.checkEffect(user(), id, form.confirmed(), form.note(), form.newDueOn()));
    }

    private CorrectiveView view(CorrectiveAction action) {
        return CorrectiveView.of(action, actions.isOverdue(action));
    }

    private static CurrentUser user() {
        return CurrentUser.require();
    }

    @Schema(name = "CorrectiveAction", description = "A complaint's cause and corrective action with its follow-up")
    record CorrectiveView(@Schema(example = "31") long complaintId,
            @Schema(example = "夜班队员擅离岗位，队长查岗不到位") String cause,
            @Schema(example = "夜班增加一次查岗，全队开展岗位纪律培训") String measure,
            @Schema(example = "SECURITY_OPS") String owner, @Schema(example = "王强") String ownerName,
            @Schema(example = "2026-12-20") LocalDate dueOn,
            @Schema(example = "OPEN", allowableValues = { "OPEN", "DONE", "EFFECTIVE", "REOPENED" }) String state,
            boolean overdue, @Nullable String doneNote, @Nullable String doneBy, @Nullable Instant doneAt,
            @Nullable String effectNote, @Nullable String checkedBy, @Nullable Instant checkedAt,
            @Schema(example = "0") int reopened, @Schema(example = "客服部 周敏") String plannedBy, Instant plannedAt) {

        static CorrectiveView of(CorrectiveAction a, boolean overdue) {
            return new CorrectiveView(a.getComplaintId(), a.getCause(), a.getMeasure(), a.getOwnerRole().name(),
                    a.getOwnerName(), a.getDueOn(), a.getState().name(), overdue, a.getDoneNote(), a.getDoneBy(),
                    a.getDoneAt(), a.getEffectNote(), a.getCheckedBy(), a.getCheckedAt(), a.getReopened(),
                    a.getPlannedBy(), a.getPlannedAt());
        }

    }

}
