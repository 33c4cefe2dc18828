package org.garrison.duty.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.internal.CheckList;
import org.jspecify.annotations.Nullable;

/** A 四查 or 五防 check list: its name and items, one per line. */
@Schema(example = "{\"kind\": \"FOUR_CHECKS\", \"name\": \"本公司四查\", \"items\": \"第一项\\n第二项\"}")
record CheckListForm(@NotNull CheckList.@Nullable Kind kind, @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 4000) String items) {

    static CheckListForm blank() {
        return new CheckListForm(CheckList.Kind.FOUR_CHECKS, "", "");
    }

}
