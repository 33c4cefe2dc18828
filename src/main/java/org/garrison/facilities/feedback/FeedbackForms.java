package org.garrison.facilities.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms (and API requests) of client feedback and improvement suggestions; no field is primitive. */
final class FeedbackForms {

    private FeedbackForms() {
    }

    /**
     * Feedback on a site's service. A client's feedback comes through the portal, received now; logistics names the
     * channel and when it was received (empty: now). The rating 1–5 is optional, outside that range it is refused.
     */
    @Schema(example = "{\"siteId\": 11, \"service\": \"CLEANING\", \"channel\": \"HOTLINE\", \"receivedAt\": \"2026-12-05T10:30:00\", "
            + "\"content\": \"营业大厅地面下雨天湿滑，希望及时放置防滑提示\", \"rating\": 3}")
    record FeedbackForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ServiceKind service, @Nullable Channel channel,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime receivedAt,
            @NotBlank @Size(max = 2000) @Nullable String content, @Nullable Integer rating) {

        static FeedbackForm blank(@Nullable Long siteId) {
            return new FeedbackForm(siteId, ServiceKind.CLEANING, null, null, "", null);
        }

    }

    /** The reply that handles feedback; a blank one is refused. */
    @Schema(example = "{\"reply\": \"已在入口和电梯厅放置防滑提示牌，雨天每小时拖干一次\"}")
    record HandleForm(@Size(max = 2000) @Nullable String reply) {

        static HandleForm blank() {
            return new HandleForm("");
        }

    }

    /** An improvement suggestion, proposed by someone (free text) on a day (empty: today). */
    @Schema(example = "{\"siteId\": 11, \"service\": \"CLEANING\", \"proposedBy\": \"保洁主管 李娜\", \"proposedOn\": \"2026-12-01\", "
            + "\"content\": \"卫生间加装自动感应除臭装置\"}")
    record SuggestionForm(@NotNull @Nullable Long siteId, @NotNull @Nullable ServiceKind service,
            @NotBlank @Size(max = 100) @Nullable String proposedBy,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate proposedOn,
            @NotBlank @Size(max = 2000) @Nullable String content) {

        static SuggestionForm blank(@Nullable Long siteId) {
            return new SuggestionForm(siteId, ServiceKind.CLEANING, "", null, "");
        }

    }

    /** Accept ({@code true}) or reject a suggestion; a rejection needs a note. */
    @Schema(example = "{\"accept\": true, \"note\": \"本月内实施\"}")
    record DecisionForm(@NotNull @Nullable Boolean accept, @Size(max = 1000) @Nullable String note) {
    }

    /** The day an accepted suggestion was implemented (empty: today) and how. */
    @Schema(example = "{\"on\": \"2026-12-06\", \"note\": \"已在两个卫生间安装感应除臭器\"}")
    record ImplementedForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @Size(max = 1000) @Nullable String note) {
    }

}
