package org.garrison.siteops.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of text: an action for the timeline, or the review that closes an incident. */
@Schema(example = "{\"note\": \"已清理通道杂物并拍照留存\"}")
public record NoteForm(@NotBlank @Size(max = 1000) String note) {

    public static NoteForm blank() {
        return new NoteForm("");
    }

}
