package org.garrison.documents.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Views.NewDocument;
import org.jspecify.annotations.Nullable;

/**
 * A new document as the register form (and the API) describes it, with where its paper original is filed
 * (纸质档案存放位置) when there is one; the file comes as its own part.
 */
record DocumentForm(@NotBlank @Size(max = 200) String title, @NotNull @Nullable DocumentType type,
        @NotNull @Nullable Confidentiality confidentiality, @Nullable Long siteId, @Size(max = 500) @Nullable String note,
        @Size(max = 200) @Nullable String paperLocation) {

    static DocumentForm blank() {
        return new DocumentForm("", null, Confidentiality.INTERNAL, null, "", "");
    }

    /** Only called once validation passed. */
    NewDocument details() {
        return new NewDocument(title, java.util.Objects.requireNonNull(type),
                java.util.Objects.requireNonNull(confidentiality), siteId, note == null ? "" : note, paperLocation);
    }

}
