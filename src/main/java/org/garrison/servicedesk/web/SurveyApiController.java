package org.garrison.servicedesk.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.contracts.ServiceKind;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.SurveyAnswers;
import org.garrison.servicedesk.internal.SurveySender;
import org.garrison.servicedesk.internal.SurveyState;
import org.garrison.servicedesk.internal.SurveyTemplates;
import org.garrison.servicedesk.web.SurveyViews.QuestionnaireView;
import org.garrison.servicedesk.web.SurveyViews.SurveyDetail;
import org.garrison.servicedesk.web.SurveyViews.SurveyView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction surveys over REST: customer service keeps the questionnaires and sends surveys; a client reads and
 * answers the open surveys of its own sites, as in the portal.
 */
@RestController
@RequestMapping("/api/v1/servicedesk")
@Tag(name = "Satisfaction surveys", description = "Questionnaires, surveys sent to clients and their answers (满意度调查)")
class SurveyApiController {

    private final SurveyTemplates templates;

    private final SurveySender sender;

    private final SurveyAnswers answers;

    private final SurveyViews views;

    SurveyApiController(SurveyTemplates templates, SurveySender sender, SurveyAnswers answers, ComplaintQueries queries,
            Clock clock) {
        this.templates = templates;
        this.sender = sender;
        this.answers = answers;
        this.views = new SurveyViews(queries, clock);
    }

    @GetMapping("/surveys")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_FILE')")
    @Operation(summary = "List surveys sent", description = "Newest first, for the sites in the caller's scope; "
            + "optionally of one site (siteId) or in one state (OPEN, ANSWERED, EXPIRED). A caller who does not handle "
            + "complaints (a client) gets only the surveys still open for it.")
    PageResponse<SurveyView> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable SurveyState state,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return views.page(answers.sent(CurrentUser.require(), siteId, state, PageResponse.request(page, size)));
    }

    @GetMapping("/surveys/{id}")
    @PreAuthorize("hasAnyAuthority('COMPLAINTS_HANDLE', 'COMPLAINTS_FILE')")
    @Operation(summary = "One survey with its questions and scores",
            description = "404 when unknown, outside the caller's scope or (for a client) no longer open.")
    SurveyDetail show(@PathVariable long id) {
        return views.detail(answers.one(CurrentUser.require(), id));
    }

    @PostMapping("/surveys/{id}/answers")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Answer a survey", description = "As in the portal: a score 1–5 for every question, by "
            + "question id, and an optional comment. 404 outside the caller's scope; 422 when a question has no score, "
            + "a score is out of range, or the survey is answered or expired.")
    void answer(@PathVariable long id, @Valid @RequestBody AnswerRequest request) {
        answers.answerInPortal(CurrentUser.require(), id, new java.util.HashMap<>(request.scores()), request.comment());
    }

    @PostMapping("/surveys")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Send a survey now", description = "For a site and service; the client's users are told. "
            + "The answer carries the survey's link, given only this once. 404 when the site is outside the caller's "
            + "scope, 422 when the site has no client or the service no questionnaire.")
    ResponseEntity<SentSurvey> send(@Valid @RequestBody SendRequest request) {
        String token = sender.sendByHand(CurrentUser.require(), Objects.requireNonNull(request.siteId()),
                Objects.requireNonNull(request.service()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new SentSurvey("/public/surveys/" + token));
    }

    @GetMapping("/survey-templates")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "The questionnaires in use", description = "One per service, each with its questions.")
    List<QuestionnaireView> questionnaires() {
        return templates.current().stream().map(QuestionnaireView::of).toList();
    }

    @PostMapping("/survey-templates")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Make a new questionnaire", description = "It replaces the service's current one for surveys "
            + "sent from now on. 422 with no questions or more than 20.")
    @ResponseStatus(HttpStatus.CREATED)
    QuestionnaireView createQuestionnaire(@Valid @RequestBody QuestionnaireRequest request) {
        var template = templates.create(Objects.requireNonNull(request.service()), request.name(), request.questions());
        return templates.current().stream().filter(q -> q.template().getId().equals(template.getId())).findFirst()
            .map(QuestionnaireView::of).orElseThrow();
    }

    /** The scores by question id (1–5 each) and an optional comment. */
    @Schema(name = "SurveyAnswer")
    record AnswerRequest(
            @Schema(description = "Score 1–5 by question id", example = "{\"41\": 5, \"42\": 4}") @NotNull java.util.Map<Long, @Nullable Integer> scores,
            @Schema(example = "夜班巡逻很认真。") @Size(max = 1000) @Nullable String comment) {
    }

    @Schema(name = "SurveySend")
    record SendRequest(@Schema(example = "3") @NotNull @Nullable Long siteId,
            @Schema(example = "GUARDING") @NotNull @Nullable ServiceKind service) {
    }

    @Schema(name = "SurveySent")
    record SentSurvey(@Schema(description = "The link to the survey, shown only once",
            example = "/public/surveys/q2F0c3Vy…") String link) {
    }

    @Schema(name = "QuestionnaireNew")
    record QuestionnaireRequest(@Schema(example = "GUARDING") @NotNull @Nullable ServiceKind service,
            @Schema(example = "2027年保安服务满意度调查") @NotBlank @Size(max = 100) String name,
            @Schema(example = "[\"门岗值守是否规范？\", \"巡逻是否及时？\"]") @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> questions) {
    }

}
