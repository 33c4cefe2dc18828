package org.garrison.people.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.Education;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.jspecify.annotations.Nullable;

/** A new applicant as typed in; the resident ID's check digit is checked by the service. */
record ApplicantForm(@Nullable Long planId, @NotBlank @Size(max = 60) String fullName,
        @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "{people.residentId.format}") String residentId,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String phone,
        @Nullable @Min(100) @Max(230) Integer heightCm, @Nullable Education education) {

    static ApplicantForm blank() {
        return new ApplicantForm(null, "", "", "", null, null);
    }

    ApplicantDetails details() {
        return new ApplicantDetails(planId, fullName, residentId, phone, heightCm, education);
    }

}
