package org.garrison.approvals.web;

import java.time.Instant;
import java.util.List;

import org.garrison.approvals.internal.ApprovalRequest;
import org.jspecify.annotations.Nullable;

/** A request with its steps (role code and optional name, in order) and its full history. */
record ApprovalDetail(ApprovalSummary request, List<Step> steps, List<Event> history) {

    static ApprovalDetail of(ApprovalRequest r) {
        return new ApprovalDetail(ApprovalSummary.of(r),
                r.getSteps().stream().map(s -> new Step(s.roleCode(), s.label())).toList(),
                r.getHistory().stream().map(h -> new Event(h.actedAt(), h.actorName(), h.action().name(), h.step(), h.comment()))
                    .toList());
    }

    record Step(String roleCode, @Nullable String label) {
    }

    record Event(Instant at, String actor, String action, int step, @Nullable String comment) {
    }

}
