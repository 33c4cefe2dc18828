package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The minutes of a dispatch meeting (调度会) of a branch, or of the whole department without one; the API may send its
 * action items at once.
 */
@Schema(example = "{\"branchId\": 1, \"heldOn\": \"2026-12-07\", \"chair\": \"人防部 李经理\", \"attendees\": \"各大队长、保安主管\", "
        + "\"agenda\": \"上周查岗情况通报；年底安保部署\", \"decisions\": \"各驻点本周完成消防器材自查\", "
        + "\"items\": [{\"description\": \"完成消防器材自查\", \"owner\": \"队长 何勇\", \"due\": \"2026-12-11\"}]}")
record MeetingForm(@Nullable Long branchId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
        @NotBlank @Size(max = 100) String chair, @NotBlank @Size(max = 1000) String attendees,
        @NotBlank @Size(max = 2000) String agenda, @Size(max = 4000) @Nullable String decisions,
        @Nullable @Size(max = 50) List<@Valid ActionItemForm> items) {

    static MeetingForm blank(LocalDate today) {
        return new MeetingForm(null, today, "", "", "", "", null);
    }

    MeetingForm forBranch(long branch) {
        return new MeetingForm(branch, heldOn, chair, attendees, agenda, decisions, items);
    }

}
