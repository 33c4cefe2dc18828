package org.garrison.patrols.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.RateIndicator;
import org.garrison.patrols.internal.AppraisalIndicator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The company's choice of the 巡逻到位率 reading it appraises by. */
@RestController
@RequestMapping("/api/v1/patrol/settings/appraisal-indicator")
@Tag(name = "Patrol monitoring", description = "Tours, their scans and alerts, and completion rates in the caller's data scope")
class AppraisalIndicatorApiController {

    private final AppraisalIndicator indicator;

    AppraisalIndicatorApiController(AppraisalIndicator indicator) {
        this.indicator = indicator;
    }

    /** The indicator: ON_TIME (on time ÷ due, 按时到位率) or PRESENCE ((due − missed) ÷ due, 到位率). */
    @Schema(example = "{\"indicator\": \"PRESENCE\"}")
    record IndicatorBody(@NotNull @Nullable RateIndicator indicator) {
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('PATROL_MONITOR', 'PATROL_CONFIGURE')")
    @Operation(summary = "Which reading of the completion rate the company appraises by",
            description = "ON_TIME: checkpoints scanned within their window ÷ checkpoints due; PRESENCE: (due − missed) ÷ due, "
                    + "with punctuality (on time ÷ scanned) read apart.")
    IndicatorBody get() {
        return new IndicatorBody(indicator.current());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    @Operation(summary = "Choose the reading of the completion rate the company appraises by (audited)",
            description = "400 without an indicator or with an unknown one.")
    IndicatorBody choose(@Valid @RequestBody IndicatorBody body) {
        indicator.choose(java.util.Objects.requireNonNull(body.indicator()));
        return new IndicatorBody(indicator.current());
    }

}
