package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A check of an emergency resource: in order ({@code ok} true or not given) or a problem, with a note (required
 * for a problem). A note over the limit is refused, never cut.
 */
@Schema(example = "{\"ok\": false, \"note\": \"压力表指针在红区\"}")
record CheckForm(@Nullable Boolean ok, @Size(max = 300, message = "{siteops.resource.checkNoteTooLong}") @Nullable String note) {

    static CheckForm blank() {
        return new CheckForm(null, "");
    }

    /** Whether the resource was found in order (the default of the "OK" button). */
    boolean inOrder() {
        return !Boolean.FALSE.equals(ok);
    }

}
