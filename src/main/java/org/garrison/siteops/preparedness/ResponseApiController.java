package org.garrison.siteops.preparedness;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.preparedness.PreparednessApiViews.ResponseResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An incident's emergency response: an approved plan of its site activated, and its steps ticked off, as on the incident page. */
@RestController
@RequestMapping("/api/v1/siteops/incidents/{id}/response")
@Tag(name = "Preparedness")
class ResponseApiController {

    private final EmergencyResponses responses;

    ResponseApiController(EmergencyResponses responses) {
        this.responses = responses;
    }

    /** The plan to activate: an approved plan of the incident's site. */
    record ActivationRequest(@Schema(example = "4") @NotNull @Nullable Long planId) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "The incident's emergency response with its steps",
            description = "404 when the incident is unknown, outside the scope, or has no response.")
    ResponseResponse response(@PathVariable long id) {
        return read(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Activate an approved emergency plan of the incident's site",
            description = "404 for a plan of another site; 422 when the incident is closed, already has a response, or the "
                    + "plan is not approved.")
    ResponseResponse activate(@PathVariable long id, @Valid @RequestBody ActivationRequest body) {
        responses.activate(CurrentUser.require(), id, Objects.requireNonNull(body.planId()));
        return read(id);
    }

    @PostMapping("/steps/{position}")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Mark a step of the response done now", description = "422 when the incident is closed, the step is unknown or done, or an earlier phase is open.")
    ResponseResponse complete(@PathVariable long id, @PathVariable int position) {
        responses.complete(CurrentUser.require(), id, position);
        return read(id);
    }

    private ResponseResponse read(long id) {
        return responses.of(CurrentUser.require().scope(), id).map(ResponseResponse::of)
            .orElseThrow(() -> new NotFoundException("entity.emergencyResponse", id));
    }

}
