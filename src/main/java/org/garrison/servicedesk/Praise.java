package org.garrison.servicedesk;

import java.time.LocalDate;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/** A client's praise of a named guard or post (opinion card), for rewards (SPEC §3.9). */
public record Praise(OpinionCardId cardId, SiteId site, @Nullable String person, @Nullable String post, String content,
        LocalDate writtenOn) {
}
