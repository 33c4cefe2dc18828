package org.garrison.approvals.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An approver's (or a resubmitting submitter's) comment; whether it is required is the request's rule. */
record DecisionForm(@Nullable @Size(max = 1000) String comment) {

    static DecisionForm blank() {
        return new DecisionForm("");
    }

}
