package org.garrison.patrols.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A patrol wand handed to a guard at a site. */
@Schema(example = "{\"deviceId\": \"W-000123\", \"guard\": \"guard\", \"siteId\": 1}")
record WandForm(@NotBlank @Size(max = 64) @Nullable String deviceId, @NotBlank @Size(max = 100) @Nullable String guard,
        @NotNull @Nullable Long siteId) {

    static WandForm empty() {
        return new WandForm(null, null, null);
    }

}
