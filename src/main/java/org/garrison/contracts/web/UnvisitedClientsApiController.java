package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.contracts.internal.VisitGaps;
import org.garrison.contracts.internal.VisitGaps.UnvisitedClient;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clients not visited for some months (巡回访问) over REST: the same list as customer service's page. */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Client relations", description = "Visits (拜访), commitments, return visits (回访) and meetings with clients")
class UnvisitedClientsApiController {

    private final VisitGaps gaps;

    UnvisitedClientsApiController(VisitGaps gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/unvisited-clients")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @Operation(summary = "Active clients not visited for some months",
            description = "Never visited first, then the longest ago; each with its last visit and the next planned one. "
                    + "months defaults to garrison.contracts.unvisited-months (3); 422 outside 1–36.")
    PageResponse<UnvisitedClient> unvisited(
            @Parameter(description = "months without a visit, 1–36", example = "3")
            @RequestParam(required = false) @Nullable Integer months,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        int gap = months == null ? gaps.defaultMonths() : months;
        return PageResponse.of(gaps.unvisited(scope(), gap, PageResponse.request(page, size)));
    }

}
