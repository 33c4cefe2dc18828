package org.garrison.siteops.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A watch-list entry: an ID number or plate, for one site or (no site) every site, and why. */
record WatchForm(@Nullable Long siteId, @NotNull WatchEntry.@Nullable Kind kind, @NotBlank @Size(max = 40) String value,
        @NotBlank @Size(max = 300) String reason) {

    static WatchForm blank() {
        return new WatchForm(null, WatchEntry.Kind.PERSON, "", "");
    }

}
