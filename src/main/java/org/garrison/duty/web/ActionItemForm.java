package org.garrison.duty.web;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.internal.Meetings.NewItem;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** An action item a meeting decided: what, who, by when. */
record ActionItemForm(@NotBlank @Size(max = 500) String description, @NotBlank @Size(max = 100) String owner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due) {

    static ActionItemForm blank() {
        return new ActionItemForm("", "", null);
    }

    NewItem item() {
        return new NewItem(description, owner, Objects.requireNonNull(due));
    }

}
