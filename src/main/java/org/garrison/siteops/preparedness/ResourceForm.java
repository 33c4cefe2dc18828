package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** An emergency resource of a site: what, where, how many, how often checked, when it expires. */
@Schema(example = "{\"siteId\": 11, \"kind\": \"EXTINGUISHER\", \"name\": \"干粉灭火器 4kg\", \"location\": \"营业厅东侧\", \"quantity\": 4, \"checkEveryDays\": 30, \"expiresOn\": \"2029-06-30\"}")
record ResourceForm(@NotNull @Nullable Long siteId, @NotNull EmergencyResource.@Nullable Kind kind,
        @NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String location,
        @NotNull @Min(1) @Max(10000) @Nullable Integer quantity, @NotNull @Min(1) @Max(366) @Nullable Integer checkEveryDays,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

    static ResourceForm blank() {
        return new ResourceForm(null, EmergencyResource.Kind.EXTINGUISHER, "", "", 1, 30, null);
    }

}
