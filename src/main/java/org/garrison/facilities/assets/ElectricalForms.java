package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the electrical assets: an asset, a reading, a fault, its repair, the month's report. */
final class ElectricalForms {

    private ElectricalForms() {
    }

    @Schema(example = "{\"siteId\": 11, \"kind\": \"DISTRIBUTION_BOX\", \"name\": \"1F 总配电箱\", \"location\": \"一楼配电间\", \"keyDevice\": true}")
    record AssetForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ElectricalKind kind, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String location, boolean keyDevice) {

        static AssetForm blank(@Nullable Long siteId) {
            return new AssetForm(siteId, ElectricalKind.DISTRIBUTION_BOX, "", "", true);
        }

    }

    /** A reading (empty time: now): at least one of voltage (V), current (A), insulation (MΩ), grounding (Ω). */
    @Schema(example = "{\"readAt\": \"2026-12-05T09:00\", \"voltage\": 221.5, \"current\": 35.2, \"insulation\": 12, \"grounding\": 2.1}")
    record ReadingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime readAt,
            @Nullable BigDecimal voltage, @Nullable BigDecimal current, @Nullable BigDecimal insulation,
            @Nullable BigDecimal grounding) {

        static ReadingForm blank() {
            return new ReadingForm(null, null, null, null, null);
        }

    }

    /** What is wrong (a fault) or what was done (its repair). */
    @Schema(example = "{\"text\": \"空调外机不启动\"}")
    record TextForm(@NotBlank @Size(max = 500) String text) {

        static TextForm blank() {
            return new TextForm("");
        }

    }

    /** The engineer's analysis and suggestions of a month's operation report. */
    @Schema(example = "{\"analysis\": \"本月设备运行总体平稳……\", \"suggestions\": \"建议更换 2F 老化插座……\"}")
    record ReportForm(@NotBlank @Size(max = 4000) String analysis, @NotBlank @Size(max = 4000) String suggestions) {

    }

}
