package org.garrison.patrols.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.internal.FlagReviews;
import org.garrison.patrols.internal.FlagState;
import org.garrison.patrols.web.FlagController.ReviewForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review of flagged scans, as the review page does it. */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol monitoring", description = "Tours, their scans and alerts, and completion rates in the caller's data scope")
class FlagApiController {

    private final FlagReviews reviews;

    private final MessageSource messages;

    FlagApiController(FlagReviews reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    /** A flagged scan and its review. */
    record FlagResponse(@Schema(example = "4f0c1d2e-9a77-4c55-8d0e-2b1f6f7c9a10") String scanId,
            @Schema(example = "1") long siteId, @Schema(example = "CP-S101-03") String checkpointCode,
            @Schema(example = "金库通道") String checkpointName, @Schema(example = "12") long guardUserId,
            @Schema(example = "张伟") String guardName, @Schema(example = "2026-12-07T12:10:00Z") Instant scannedAt,
            @Schema(example = "[\"TOO_FAST\"]") List<String> flags,
            @Schema(example = "[\"与上一巡更点间隔过短\"]") List<String> flagReasons,
            @Schema(example = "REJECTED") FlagState state, @Schema(example = "两点相距 400 米") @Nullable String comment,
            @Nullable Instant reviewedAt, @Schema(example = "主管 李强") @Nullable String reviewerName) {
    }

    @GetMapping("/flags")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    @Operation(summary = "Flagged scans in the caller's data scope, newest first, page by page",
            description = "Filters: state (OPEN, ACCEPTED, REJECTED; default all), siteId.")
    PageResponse<FlagResponse> flags(@RequestParam(required = false) @Nullable FlagState state,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(reviews.list(CurrentUser.require().scope(), state, siteId, PageResponse.request(page, size)),
                this::view);
    }

    @PostMapping("/flags/{scanId}/accept")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    @Operation(summary = "Accept a flagged scan: it counts as before; the comment is optional",
            description = "A rejected scan may be accepted afterwards with a new comment (its tours are settled again). "
                    + "404 when the scan is unknown, not flagged or outside the caller's scope; 422 when accepted already "
                    + "or when changing a rejection without a comment.")
    FlagResponse accept(@PathVariable String scanId, @Valid @RequestBody(required = false) @Nullable ReviewForm body) {
        return view(reviews.accept(CurrentUser.require().scope(), scanId, body == null ? null : body.comment()));
    }

    @PostMapping("/flags/{scanId}/reject")
    @PreAuthorize("hasAuthority('PATROL_REVIEW_FLAGS')")
    @Operation(summary = "Reject a flagged scan with a comment: its checkpoint counts as not scanned",
            description = "Closed tours it settled are settled again (a checkpoint it alone covered becomes missed). "
                    + "An accepted scan may be rejected afterwards the same way. 422 without a comment or when rejected "
                    + "already; 404 as for accept.")
    FlagResponse reject(@PathVariable String scanId, @Valid @RequestBody ReviewForm body) {
        return view(reviews.reject(CurrentUser.require().scope(), scanId, body.comment()));
    }

    private FlagResponse view(FlagReviews.Flag f) {
        var locale = LocaleContextHolder.getLocale();
        return new FlagResponse(f.scanId(), f.siteId(), f.checkpointCode(), f.checkpointName(), f.guardUserId(),
                f.guardName(), f.scannedAt(), f.flags().stream().map(Enum::name).toList(),
                f.flags().stream().map(r -> messages.getMessage("patrol.flag." + r.name(), null, locale)).toList(),
                f.state(), f.comment(), f.reviewedAt(), f.reviewerName());
    }

}
