package org.garrison.facilities.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A review (记录审核): passed, or returned with a note. */
record ReviewForm(@NotNull @Nullable Boolean passed, @Size(max = 500) @Nullable String note) {

    static ReviewForm blank() {
        return new ReviewForm(Boolean.TRUE, null);
    }

}
