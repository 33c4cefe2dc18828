package org.garrison.identity.web;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.identity.internal.Users;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and, for administrators, the list of accounts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Accounts, roles and data scopes")
class UserApiController {

    private final Users users;

    private final UserViews views;

    UserApiController(Users users, UserViews views) {
        this.users = users;
        this.views = views;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's account, roles, permissions and data scope")
    MeResponse me(Locale locale) {
        var me = CurrentUser.require();
        var user = views.summary(users.get(me.id()), locale);
        return new MeResponse(user.id(), user.username(), user.displayName(), user.email(), user.phone(), user.roles(),
                me.permissions().stream().sorted().toList(), user.scope());
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    @Operation(summary = "Accounts by user name, searchable by user name or display name (q), page by page")
    PageResponse<UserSummary> users(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
        return PageResponse.of(views.summaries(users.search(q, PageRequest.of(page, size)), locale));
    }

}
