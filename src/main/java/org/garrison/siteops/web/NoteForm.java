package org.garrison.siteops.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of text: an action for the timeline, or the review that closes an incident. */
public record NoteForm(@NotBlank @Size(max = 1000) String note) {

    public static NoteForm blank() {
        return new NoteForm("");
    }

}
