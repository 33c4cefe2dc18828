package org.garrison.facilities.workorders;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An optional note, e.g. on confirming. */
record NoteForm(@Size(max = 500) @Nullable String note) {

    static NoteForm blank() {
        return new NoteForm(null);
    }

}
