package org.garrison.people.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An employee entered directly (staff taken over with a contract, or hired before Garrison). */
record EmployeeForm(@NotBlank @Size(max = 60) String fullName,
        @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "{people.residentId.format}") String residentId,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{people.phone.invalid}") String phone,
        @NotNull Long branchId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn) {

    static EmployeeForm blank(LocalDate today) {
        return new EmployeeForm("", "", "", null, today);
    }

}
