package org.garrison.facilities.feedback;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.feedback.FeedbackForms.DecisionForm;
import org.garrison.facilities.feedback.FeedbackForms.FeedbackForm;
import org.garrison.facilities.feedback.FeedbackForms.HandleForm;
import org.garrison.facilities.feedback.FeedbackForms.ImplementedForm;
import org.garrison.facilities.feedback.FeedbackForms.SuggestionForm;
import org.garrison.facilities.feedback.FeedbackViews.FeedbackRow;
import org.garrison.facilities.feedback.FeedbackViews.SuggestionRow;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Client feedback and improvement suggestions over the API, with the pages' services and permissions. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facility services")
class FeedbackApiController {

    private final ClientFeedback feedback;

    private final Suggestions suggestions;

    FeedbackApiController(ClientFeedback feedback, Suggestions suggestions) {
        this.feedback = feedback;
        this.suggestions = suggestions;
    }

    @GetMapping("/feedback")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "Client feedback of the sites in scope, newest first",
            description = "Narrowed by site, service and whether handled when given; a client sees its own sites' feedback.")
    List<FeedbackRow> feedback(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ServiceKind service, @RequestParam(required = false) @Nullable Boolean handled) {
        return feedback.list(CurrentUser.require().scope(), siteId, service, handled);
    }

    @PostMapping("/feedback")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File client feedback (a client, through the portal) or record it (logistics, another channel)",
            description = "400 for missing fields; 403 for anyone but a client or logistics; 404 for a site outside the scope; "
                    + "422 for a rating outside 1–5, guarding, no channel or the portal named by staff, a time in the future.")
    FeedbackRow file(@Valid @RequestBody FeedbackForm form) {
        return feedback.record(CurrentUser.require(), form);
    }

    @PostMapping("/feedback/{id}/handle")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Handle client feedback with a reply",
            description = "403 without facility management; 404 for feedback outside the scope; 422 when it is handled "
                    + "already or the reply is blank.")
    FeedbackRow handle(@PathVariable long id, @Valid @RequestBody HandleForm form) {
        return feedback.handle(CurrentUser.require(), id, form);
    }

    @GetMapping("/suggestions")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "Improvement suggestions of the sites in scope, newest first",
            description = "Narrowed by site, service and state when given.")
    List<SuggestionRow> suggestions(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ServiceKind service,
            @RequestParam(required = false) @Nullable SuggestionState state) {
        return suggestions.list(CurrentUser.require().scope(), siteId, service, state);
    }

    @PostMapping("/suggestions")
    @PreAuthorize("hasAnyAuthority('FACILITIES_WORK', 'FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an improvement suggestion",
            description = "400 for missing fields; 403 without facility work or management; 404 for a site outside the scope; "
                    + "422 for guarding or a day after today.")
    SuggestionRow propose(@Valid @RequestBody SuggestionForm form) {
        return suggestions.propose(CurrentUser.require(), form);
    }

    @PostMapping("/suggestions/{id}/decide")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Accept or reject an improvement suggestion",
            description = "400 without a decision; 403 without facility management; 404 for a suggestion outside the scope; "
                    + "422 when it is decided already or rejected without a note.")
    SuggestionRow decide(@PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return suggestions.decide(CurrentUser.require(), id, form);
    }

    @PostMapping("/suggestions/{id}/implemented")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Record an accepted improvement suggestion as implemented",
            description = "403 without facility management; 404 for a suggestion outside the scope; 422 unless it is accepted "
                    + "and not yet implemented, or for a day after today or before it was proposed.")
    SuggestionRow implemented(@PathVariable long id, @Valid @RequestBody ImplementedForm form) {
        return suggestions.implemented(CurrentUser.require(), id, form);
    }

}
