package org.garrison.siteops.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A vehicle at the gate: plate, driver, cargo. */
record VehicleForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 20) String plate,
        @Size(max = 100) @Nullable String driver, @Size(max = 300) @Nullable String cargo) {

    static VehicleForm blank(@Nullable Long siteId) {
        return new VehicleForm(siteId, "", "", "");
    }

}
