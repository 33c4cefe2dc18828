package org.garrison.people.web;

import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.Education;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.jspecify.annotations.Nullable;

/** A new applicant as typed in, with the channel they came through; the resident ID's check digit is checked by the service. */
record ApplicantForm(@Schema(example = "11") @Nullable Long planId,
        @Schema(example = "邓志刚") @NotBlank @Size(max = 60) String fullName,
        @Schema(example = "440304198106151238") @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "{people.residentId.format}") String residentId,
        @Schema(example = "13800000001") @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String phone,
        @Schema(example = "176") @Nullable @Min(100) @Max(230) Integer heightCm,
        @Schema(example = "SENIOR_HIGH") @Nullable Education education,
        @Schema(example = "REFERRAL") @NotNull @Nullable RecruitmentChannel channel) {

    static ApplicantForm blank() {
        return new ApplicantForm(null, "", "", "", null, null, null);
    }

    ApplicantDetails details() {
        return new ApplicantDetails(planId, fullName, residentId, phone, heightCm, education, Objects.requireNonNull(channel));
    }

}
