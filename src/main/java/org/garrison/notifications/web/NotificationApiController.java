package org.garrison.notifications.web;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.notifications.internal.Inbox;
import org.garrison.shared.CurrentUser;
import org.springframework.data.domain.PageRequest;
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
    @Operation(summary = "The caller's notifications, unread first, newest first")
    NotificationPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        long me = CurrentUser.require().id();
        var found = inbox.of(me, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))).map(views::of);
        return new NotificationPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
                inbox.unread(me));
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
    record NotificationPage(List<NotificationView> content, int page, int size, long totalElements, long unread) {
    }

}
