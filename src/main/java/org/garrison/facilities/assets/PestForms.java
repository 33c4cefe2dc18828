package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of pest control: a monitoring point, its inspection, a chemical, a treatment and its follow-up. */
final class PestForms {

    private PestForms() {
    }

    @Schema(example = "{\"siteId\": 11, \"code\": \"P01\", \"location\": \"后厨门口\", \"kind\": \"RODENT_BAIT\"}")
    record PointForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 200) String location, @NotNull @Nullable PestPointKind kind) {

        static PointForm blank(@Nullable Long siteId) {
            return new PointForm(siteId, "", "", PestPointKind.RODENT_BAIT);
        }

    }

    /** A look at a point on a day (empty: today): pest activity yes or no. */
    @Schema(example = "{\"pointId\": 3, \"day\": \"2026-12-05\", \"activity\": false}")
    record InspectionForm(@NotNull @Nullable Long pointId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            boolean activity, @Size(max = 500) @Nullable String note) {

        static InspectionForm blank() {
            return new InspectionForm(null, null, false, "");
        }

    }

    @Schema(example = "{\"name\": \"4.5% 高效氯氰菊酯 微乳剂\", \"registrationNo\": \"WP20180123\", \"lowToxicity\": true}")
    record ChemicalForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 50) String registrationNo,
            boolean lowToxicity) {

        static ChemicalForm blank() {
            return new ChemicalForm("", "", true);
        }

    }

    /** A treatment (消杀记录); an empty time is now. Areas, equipment and targets are lists as text (、 or , separated). */
    @Schema(example = "{\"siteId\": 11, \"treatedAt\": \"2026-12-05T19:30\", \"areas\": \"营业厅、后厨、垃圾房\", \"chemicalId\": 1, "
            + "\"dose\": 0.5, \"doseUnit\": \"L\", \"equipment\": \"喷雾器\", \"targets\": \"蟑螂、蚊虫\", \"clientInformed\": true}")
    record TreatmentForm(@NotNull @Nullable Long siteId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime treatedAt,
            @NotBlank @Size(max = 500) String areas, @NotNull @Nullable Long chemicalId, @NotNull @Nullable BigDecimal dose,
            @NotBlank @Size(max = 10) String doseUnit, @NotBlank @Size(max = 200) String equipment,
            @NotBlank @Size(max = 200) String targets, boolean clientInformed) {

        static TreatmentForm blank(@Nullable Long siteId) {
            return new TreatmentForm(siteId, null, "", null, null, "L", "", "", false);
        }

    }

    /** The follow-up check of a treatment on a day (empty: today): effective or not. */
    @Schema(example = "{\"day\": \"2026-12-12\", \"effective\": true, \"note\": \"复查未见活体\"}")
    record FollowUpForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day, @NotNull @Nullable Boolean effective,
            @Size(max = 500) @Nullable String note) {

    }

}
