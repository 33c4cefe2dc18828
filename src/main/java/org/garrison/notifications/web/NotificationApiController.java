package org.garrison.notifications.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.notifications.internal.Inbox;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over the API. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications")
class NotificationApiController {

    private final Inbox inbox;

    private final NotificationViews views;

    NotificationApiController(Inbox inbox, NotificationViews views) {
        this.inbox = inbox;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's notifications, unread first, newest first",
            description = "With unread=true only the unread ones, newest first: their totalElements is the unread count.")
    PageResponse<NotificationView> list(
            @Parameter(description = "only unread notifications") @RequestParam(defaultValue = "false") boolean unread,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        long me = CurrentUser.require().id();
        var request = PageResponse.request(page, size);
        return PageResponse.of(unread ? inbox.unread(me, request) : inbox.of(me, request), views::of);
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Marks one of the caller's notifications read")
    NotificationView read(@PathVariable long id) {
        return views.of(inbox.markRead(CurrentUser.require().id(), id));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Acknowledges one of the caller's alerts that asks for it, with a comment")
    NotificationView acknowledge(@PathVariable long id, @Valid @RequestBody AcknowledgeForm request) {
        return views.of(inbox.acknowledge(CurrentUser.require().id(), id, request.comment()));
    }

    /** One page of notifications, numbered from 0, with the caller's unread count. */
}
