package org.garrison.duty.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.garrison.duty.internal.HandoverItem;
import org.garrison.duty.internal.HandoverViews.HandoverDraft;
import org.jspecify.annotations.Nullable;

/**
 * A handover as the outgoing guard writes it on the phone: the id the phone made, the site and post, the incoming
 * guard, the items handed over, the pending matters, and the phone's time.
 */
@Schema(example = "{\"clientId\": \"7f1c2a9e-3b4d-4c5e-8f60-1a2b3c4d5e6f\", \"siteId\": 11, \"postId\": 21, "
        + "\"incomingId\": 7, \"items\": [\"RADIO\", \"KEYS\", \"LOGBOOK\"], \"pending\": \"B1 消防通道堆放纸箱，已通知物业\", "
        + "\"handedAt\": \"2026-12-07T12:00:00Z\"}")
record HandoverForm(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String clientId,
        @NotNull @Nullable Long siteId, @Nullable Long postId, @NotNull @Nullable Long incomingId,
        @Nullable List<HandoverItem> items, @Size(max = 2000) @Nullable String pending, @Nullable Instant handedAt) {

    static HandoverForm blank(@Nullable Long siteId, @Nullable Long postId) {
        return new HandoverForm(UUID.randomUUID().toString(), siteId, postId, null, List.of(HandoverItem.values()), "", null);
    }

    HandoverDraft draft() {
        return new HandoverDraft(clientId, Objects.requireNonNull(siteId), postId,
                Objects.requireNonNull(incomingId), handedAt, items == null ? Set.of() : Set.copyOf(items), pending);
    }

}
