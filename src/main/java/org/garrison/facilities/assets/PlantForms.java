package org.garrison.facilities.assets;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the plant inventory: a plant, a status change, a count (盘点). */
final class PlantForms {

    private PlantForms() {
    }

    /** A plant taken into a site's inventory; {@code nonToxic} must be confirmed (no toxic plants). Empty day: today. */
    @Schema(example = "{\"siteId\": 11, \"location\": \"营业厅入口\", \"species\": \"发财树\", \"nonToxic\": true, \"addedOn\": \"2026-12-01\"}")
    record PlantForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 200) String location,
            @NotBlank @Size(max = 100) String species, boolean nonToxic,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate addedOn) {

        static PlantForm blank(@Nullable Long siteId) {
            return new PlantForm(siteId, "", "", false, null);
        }

    }

    /** A plant's new status from a day on (empty: today), with why. */
    @Schema(example = "{\"status\": \"DISEASED\", \"day\": \"2026-12-05\", \"note\": \"叶片发现介壳虫\"}")
    record StatusForm(@NotNull PlantStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @Size(max = 500) @Nullable String note) {

    }

    /** A count of a site's plants on a day (empty: today): alive (diseased included), of them diseased, and dead. */
    @Schema(example = "{\"siteId\": 11, \"day\": \"2026-12-05\", \"alive\": 14, \"diseased\": 1, \"dead\": 1}")
    record CountForm(@NotNull @Nullable Long siteId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @NotNull @Nullable Integer alive, @NotNull @Nullable Integer diseased, @NotNull @Nullable Integer dead,
            @Size(max = 500) @Nullable String note) {

    }

}
