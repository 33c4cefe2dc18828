package org.garrison.patrols.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.patrols.internal.PatrolMode;
import org.jspecify.annotations.Nullable;

/** A route over the API: the checkpoints of its site as codes in walking order (the site is fixed once created). */
@Schema(description = "A patrol route: its site's active checkpoints as codes in walking order")
record RouteRequest(@Schema(example = "11") @NotNull @Nullable Long siteId,
        @Schema(example = "夜间外围巡逻") @NotBlank @Size(max = 100) @Nullable String name,
        @Schema(example = "true", description = "checkpoints must be walked in this order") @Nullable Boolean ordered,
        @Schema(example = "FOOT") @NotNull @Nullable PatrolMode mode,
        @Schema(example = "5", description = "expected minutes between two checkpoints") @NotNull @Min(0) @Max(240) @Nullable Integer minutesBetween,
        @Schema(example = "[\"CP-7KQ2M9XA\", \"CP-3HD8WQ2N\"]") @NotEmpty @Size(max = 200) @Nullable List<@NotBlank String> checkpointCodes) {

    List<String> codes() {
        return checkpointCodes == null ? List.of()
                : checkpointCodes.stream().map(String::strip).map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

}
