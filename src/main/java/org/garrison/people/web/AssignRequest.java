package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** API body: post a guard at a site (and post) from a day. */
record AssignRequest(@NotNull Long employeeId, @NotNull Long siteId, @Nullable Long postId, @NotNull LocalDate since) {
}
