package org.garrison.siteops.access;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.access.PersonEntry.Visitor;
import org.jspecify.annotations.Nullable;

/** A person at the gate as the guard enters them on the phone. */
record PersonForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 100) String name, @NotNull @Nullable IdType idType,
        @NotBlank @Size(max = 40) String idNumber, @Size(max = 200) @Nullable String company,
        @NotBlank @Size(max = 300) String purpose, @Size(max = 100) @Nullable String host,
        @Size(max = 40) @Nullable String badgeNumber) {

    static PersonForm blank(@Nullable Long siteId) {
        return new PersonForm(siteId, "", IdType.RESIDENT_ID, "", "", "", "", "");
    }

    /** Only called once validation passed. */
    Visitor visitor() {
        return new Visitor(name, Objects.requireNonNull(idType), idNumber, company, purpose, host, badgeNumber);
    }

}
