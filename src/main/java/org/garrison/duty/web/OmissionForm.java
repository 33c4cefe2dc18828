package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The incident or complaint (its number) that an omission of a handover caused, and what was omitted. */
@Schema(example = "{\"reference\": \"SJ-20261207-003\", \"note\": \"未交接金库走廊灯故障，夜班未及时报修\"}")
record OmissionForm(@NotBlank @Size(max = 100) String reference, @Size(max = 800) @Nullable String note) {

    static OmissionForm blank() {
        return new OmissionForm("", "");
    }

}
