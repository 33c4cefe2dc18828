package org.garrison.identity.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.identity.SignInThrottledException;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.GarrisonPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API sign-in and sign-out. Signing in goes through the same authentication as the sign-in page, so
 * failed attempts count towards the per-address throttle and the lock-out, and every attempt is in the audit log.
 */
@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "Authentication", description = "Bearer tokens for the API")
class TokenApiController {

    private final AuthenticationManager authentication;

    private final ApiTokens tokens;

    private final MessageSource messages;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    @Operation(summary = "Sign in with user name and password; returns a bearer token (shown only once)")
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        // the caller's address, for the per-address throttle, as on the sign-in page
        attempt.setDetails(new WebAuthenticationDetails(http));
        var signedIn = authentication.authenticate(attempt);
        // The rest of this request acts as the user who just signed in, so the audit log names them.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        var principal = (GarrisonPrincipal) signedIn.getPrincipal();
        var issued = tokens.issue(principal.id(), request.name() == null ? "" : request.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(TokenResponse.bearer(issued.value(), issued.expiresAt()));
    }

    @DeleteMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Sign out: revokes the bearer token used for this call")
    ResponseEntity<Void> revoke(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revokeValue(authorization.substring(7).strip());
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Wrong credentials, an unknown user, a disabled or a locked account: one 401 in the caller's language, so the
     * answer does not tell which user names exist.
     */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.getMessage("api.badCredentials", null, locale));
        problem.setTitle(messages.getMessage("error.status.401", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Too many failures from the caller's address: 429 with {@code Retry-After}, the password was not checked. */
    @ExceptionHandler(SignInThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottledException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("api.signInThrottled", new Object[] { ex.retryAfterMinutes() }, locale));
        problem.setTitle(messages.getMessage("api.signInThrottled.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

}
