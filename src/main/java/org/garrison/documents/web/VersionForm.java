package org.garrison.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What changed in a new version of a document. */
record VersionForm(@NotBlank @Size(max = 500) String changeNote) {

    static VersionForm blank() {
        return new VersionForm("");
    }

}
