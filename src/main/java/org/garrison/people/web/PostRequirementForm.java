package org.garrison.people.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.people.internal.CertificateKind;
import org.jspecify.annotations.Nullable;

/** The certificate kinds a post requires; none (absent or empty) lifts every requirement. */
record PostRequirementForm(
        @ArraySchema(schema = @Schema(example = "COMPUTER_SKILLS")) @Nullable List<CertificateKind> certificates) {

    Set<CertificateKind> kinds() {
        return certificates == null ? Set.of() : Set.copyOf(certificates);
    }

}
