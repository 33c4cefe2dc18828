package org.garrison.duty.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A required short text: a decision's reason, a dispute's note. */
record NoteForm(@NotBlank @Size(max = 1000) String note) {

    static NoteForm blank() {
        return new NoteForm("");
    }

}
