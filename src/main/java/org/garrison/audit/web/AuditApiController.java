package org.garrison.audit.web;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.audit.internal.AuditLog;
import org.garrison.audit.internal.AuditStates;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over REST, with the same filters as the page. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "Every change and sign-in: who, when, what, before and after")
class AuditApiController {

    private final AuditLog log;

    private final AuditStates states;

    private final MessageSource messages;

    private final ZoneId zone;

    AuditApiController(AuditLog log, AuditStates states, MessageSource messages, Clock clock) {
        this.log = log;
        this.states = states;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_VIEW')")
    @Operation(summary = "Search the audit log",
            description = "Entries matching all given filters, newest first. Needs the AUDIT_VIEW permission. "
                    + "Dates are days in the server's time zone; 'to' includes its whole day.")
    @ApiResponse(responseCode = "200", description = "A page of entries")
    @ApiResponse(responseCode = "400", description = "A malformed filter, page or size",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Lacks the AUDIT_VIEW permission",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    PageResponse<AuditEntryView> search(@ParameterObject AuditFilterForm filter,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1)
            @Max(PageResponse.MAX_SIZE) int size) {
        var entries = log.search(filter.toFilter(zone), CurrentUser.require().scope(), page, size);
        return PageResponse.of(entries, entry -> AuditEntryView.of(entry, states));
    }

    /** A filter the API cannot understand is a bad request (400), with the reason in the caller's language. */
    @ExceptionHandler(BadFilterException.class)
    ResponseEntity<ProblemDetail> badFilter(BadFilterException ex, HttpServletRequest request, Locale locale) {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("error.status.400", null, HttpStatus.BAD_REQUEST.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
