package org.garrison.siteops.inspections;

import java.util.Objects;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.Texts;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.web.NoteForm;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Reporting a hazard (隐患) and moving it through assignment, rectification and verification, as the hazard pages do. */
@RestController
@RequestMapping("/api/v1/siteops/hazards")
@Tag(name = "Site operations")
class HazardApiController {

    private final Hazards hazards;

    HazardApiController(Hazards hazards) {
        this.hazards = hazards;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Report a hazard", description = "The deadline defaults to a week from today. 404 for a site "
            + "outside the scope; 422 for a deadline in the past.")
    ResponseEntity<HazardRow> report(@Valid @RequestBody HazardForm body) {
        var user = CurrentUser.require();
        long id = hazards.open(user, Objects.requireNonNull(body.siteId()), body.title(), body.description(),
                Objects.requireNonNull(body.severity()), body.owner(), body.deadline(), null).getId();
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/hazards/{id}")
            .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(hazards.card(user.scope(), id));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Set an open hazard's severity, owner and deadline", description = "422 when it is no longer open.")
    HazardRow assign(@PathVariable long id, @Valid @RequestBody AssignForm body) {
        var user = CurrentUser.require();
        hazards.assign(user, id, Objects.requireNonNull(body.severity()), body.owner(), Objects.requireNonNull(body.deadline()));
        return hazards.card(user.scope(), id);
    }

    @PostMapping("/{id}/rectify")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Record what was done to rectify a hazard", description = "422 when it is not open.")
    HazardRow rectify(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        hazards.rectify(user, id, body.note());
        return hazards.card(user.scope(), id);
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Accept (closes it) or refuse (reopens it) a rectified hazard",
            description = "422 when it is not rectified, when the verifier rectified it, or when refused without a note.")
    HazardRow verify(@PathVariable long id, @Valid @RequestBody VerifyForm body) {
        var user = CurrentUser.require();
        hazards.verify(user, id, body.isAccepted(), Texts.blankToNull(body.note()));
        return hazards.card(user.scope(), id);
    }

}
