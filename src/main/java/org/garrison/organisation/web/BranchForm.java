package org.garrison.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.internal.Branch;
import org.jspecify.annotations.Nullable;

/** A branch (大队) as its form edits it. */
record BranchForm(@NotBlank @Size(max = 20) @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 100) String name, @Nullable Boolean active) {

    static BranchForm blank() {
        return new BranchForm("", "", true);
    }

    static BranchForm of(Branch branch) {
        return new BranchForm(branch.getCode(), branch.getName(), branch.isActive());
    }

    /** Create forms have no checkbox: an absent value means active. */
    public boolean isActive() {
        return active == null || active;
    }

}
