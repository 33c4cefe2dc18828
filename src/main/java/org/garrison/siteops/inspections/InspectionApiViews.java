package org.garrison.siteops.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.siteops.inspections.HazardViews.InspectionRow;
import org.garrison.siteops.inspections.HazardViews.ScheduleRow;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.garrison.siteops.inspections.InspectionQueries.InspectionCard;
import org.jspecify.annotations.Nullable;

/** What the inspection and checklist API reads and answers. Times are UTC instants, days are business-zone dates. */
final class InspectionApiViews {

    private InspectionApiViews() {
    }

    @Schema(description = "A checklist template: its items in order")
    record ChecklistResponse(long id, @Schema(example = "消防设施检查") String name, Checklist.Category category,
            @Schema(example = "[\"灭火器压力正常\", \"消防通道畅通\"]") List<String> items, boolean active) {

        static ChecklistResponse of(Checklist c) {
            return new ChecklistResponse(c.getId(), c.getName(), c.getCategory(), c.itemList(), c.isActive());
        }

    }

    @Schema(description = "An inspection in a list: how many items failed (each failed item opened a hazard)")
    record InspectionResponse(long id, long siteId, @Schema(example = "鹏城银行福田支行") String siteName,
            @Schema(example = "消防设施检查") String checklistName,
            @Schema(example = "2026-12-07T02:30:00Z") Instant inspectedAt, @Schema(example = "巡查员") String inspectorName,
            @Schema(example = "1") int failedCount) {

        static InspectionResponse of(InspectionRow r) {
            return new InspectionResponse(r.id(), r.siteId(), r.siteName(), r.checklistName(), r.inspectedAt(),
                    r.inspectorName(), r.failedCount());
        }

    }

    @Schema(description = "An inspection with what was found item by item; a failed item names the hazard it opened")
    record InspectionDetailResponse(InspectionResponse inspection, List<ItemResponse> items) {

        static InspectionDetailResponse of(InspectionCard card) {
            return new InspectionDetailResponse(InspectionResponse.of(card.row()), card.items().stream()
                .map(i -> new ItemResponse(i.getPosition() + 1, i.getItemText(), i.getOutcome(), i.getNote(), i.getHazardId()))
                .toList());
        }

    }

    record ItemResponse(@Schema(example = "2") int position, @Schema(example = "消防通道畅通") String item,
            Outcome outcome, @Schema(example = "通道堆放纸箱") @Nullable String note, @Nullable Long hazardId) {
    }

    @Schema(description = "An inspection as done on site: one result per checklist item, in the checklist's order; "
            + "a failed item needs a note. Photos are taken on the inspection page.")
    record InspectionRequest(@Schema(example = "11") @NotNull @Nullable Long siteId,
            @Schema(example = "2") @NotNull @Nullable Long checklistId,
            @NotEmpty @Size(max = 200) @Nullable List<@Valid @NotNull ItemRequest> items) {

        List<Inspections.ItemResult> results() {
            return items == null ? List.of()
                    : items.stream().map(i -> new Inspections.ItemResult(i.outcome(), i.note())).toList();
        }

    }

    record ItemRequest(@Schema(example = "FAIL") @NotNull @Nullable Outcome outcome,
            @Schema(example = "通道堆放纸箱") @Nullable String note) {
    }

    @Schema(description = "A checklist inspected at a site every so many days; due when nextDue is today or past")
    record InspectionScheduleResponse(long id, long siteId, @Schema(example = "鹏城银行福田支行") String siteName,
            long checklistId, @Schema(example = "消防设施检查") String checklistName, @Schema(example = "7") int everyDays,
            @Schema(example = "2026-12-10") LocalDate nextDue, boolean due) {

        static InspectionScheduleResponse of(ScheduleRow r) {
            return new InspectionScheduleResponse(r.id(), r.siteId(), r.siteName(), r.checklistId(), r.checklistName(),
                    r.everyDays(), r.nextDue(), r.due());
        }

    }

}
