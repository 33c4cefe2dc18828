package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.patrols.internal.Checkpoint;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** A checkpoint as entered (an unticked box is sent as nothing, hence the nullable flag): site, name, where it is, optional GPS position and radius, key area, wand tag. */
@Schema(description = "A checkpoint: site, name, where it is, optional GPS position and radius, key area, wand tag")
record CheckpointForm(@Schema(example = "11") @NotNull @Nullable Long siteId, @Schema(example = "大门岗") @NotBlank @Size(max = 100) @Nullable String name,
        @Schema(example = "正门东侧立柱") @Size(max = 300) @Nullable String locationNote, @Schema(example = "22.5431") @Nullable Double latitude, @Schema(example = "114.0579") @Nullable Double longitude,
        @Schema(example = "50") @Nullable Integer radiusMetres, @Schema(example = "true") @Nullable Boolean keyArea,
        @Schema(example = "04A1B2C3") @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]*") @Nullable String tagId) {

    static CheckpointForm empty() {
        return new CheckpointForm(null, null, null, null, null, null, Boolean.FALSE, null);
    }

    static CheckpointForm of(Checkpoint c) {
        return new CheckpointForm(c.getSiteId(), c.getName(), c.getLocationNote(), c.getLatitude(), c.getLongitude(),
                c.getRadiusMetres(), c.isKeyArea(), c.getTagId());
    }

    Checkpoint.Place place() {
        return new Checkpoint.Place(String.valueOf(name), Texts.blankToNull(locationNote), latitude, longitude,
                radiusMetres, Boolean.TRUE.equals(keyArea), Texts.blankToNull(tagId));
    }

}
