package org.garrison.siteops.access;

import jakarta.validation.constraints.Size;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle let out (放行), posted from its line on the gate page: who authorised it (none makes the release the
 * guard's violation) and the site the gate was showing, to return to. A name over the limit is refused, never cut.
 */
record ReleaseForm(@Nullable Long siteId,
        @Size(max = 100, message = "{siteops.access.authorisedByTooLong}") @Nullable String authorisedBy) {

    static ReleaseForm blank(@Nullable Long siteId) {
        return new ReleaseForm(siteId, "");
    }

    @Nullable String authorisingPerson() {
        return Texts.blankToNull(authorisedBy);
    }

}
