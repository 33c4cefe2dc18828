package org.garrison.notifications.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.notifications.internal.RobotFlavour;
import org.garrison.notifications.internal.Webhook;
import org.jspecify.annotations.Nullable;

/** A new group-chat robot for a site or a branch. */
public record WebhookForm(@NotNull Webhook.@Nullable ScopeType scopeType, @NotNull @Nullable Long refId,
        @NotNull @Nullable RobotFlavour flavour, @NotBlank @Size(max = 1000) @Nullable String url,
        @Size(max = 50) @Nullable String keyword) {

    static WebhookForm empty() {
        return new WebhookForm(Webhook.ScopeType.SITE, null, RobotFlavour.WECOM, "", "");
    }

}
