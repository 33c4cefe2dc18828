package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An employee entered directly (staff taken over with a contract, or hired before Garrison). */
record EmployeeForm(@Schema(example = "何勇") @NotBlank @Size(max = 60) String fullName,
        @Schema(example = "440304198106151238") @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "{people.residentId.format}") String residentId,
        @Schema(example = "13800000002") @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String phone,
        @Schema(example = "1") @NotNull Long branchId,
        @Schema(example = "2025-03-01") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn) {

    static EmployeeForm blank(LocalDate today) {
        return new EmployeeForm("", "", "", null, today);
    }

}
