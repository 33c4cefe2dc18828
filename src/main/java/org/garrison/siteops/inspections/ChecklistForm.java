package org.garrison.siteops.inspections;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A checklist template: name, category, items one per line, and whether it is offered. */
@Schema(example = "{\"name\": \"消防设施检查\", \"category\": \"FIRE\", \"items\": \"灭火器压力正常\\n消防通道畅通\\n应急照明可用\", \"active\": true}")
record ChecklistForm(@NotBlank @Size(max = 100) String name, @NotNull Checklist.@Nullable Category category,
        @NotBlank @Size(max = 4000) String items, @Nullable Boolean active) {

    static ChecklistForm blank() {
        return new ChecklistForm("", Checklist.Category.FIRE, "", true);
    }

    static ChecklistForm of(Checklist checklist) {
        return new ChecklistForm(checklist.getName(), checklist.getCategory(), checklist.getItems(), checklist.isActive());
    }

}
