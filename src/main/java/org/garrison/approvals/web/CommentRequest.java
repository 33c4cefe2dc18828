package org.garrison.approvals.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A decision's comment; required when rejecting or sending back. */
record CommentRequest(@Nullable @Size(max = 1000) String comment) {
}
