package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A talk (谈心) with a guard of a site: when (empty: today), its topic, the follow-up agreed. */
@Schema(example = "{\"siteId\": 11, \"employeeId\": 7, \"talkedOn\": \"2026-12-07\", \"topic\": \"家中老人住院，情绪低落\", "
        + "\"followUp\": \"本周调整为白班，下周再谈\"}")
record TalkForm(@NotNull @Nullable Long siteId, @NotNull @Nullable Long employeeId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate talkedOn,
        @NotBlank @Size(max = 1000) String topic, @Size(max = 1000) @Nullable String followUp) {

    static TalkForm blank(@Nullable Long siteId) {
        return new TalkForm(siteId, null, null, "", "");
    }

}
