package org.garrison.attendance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.attendance.internal.ClockIngest;
import org.garrison.attendance.internal.ClockUploads;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Clock-event upload for devices and apps: the caller is the guard who clocked. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance", description = "Clock-in and clock-out, attendance per shift and month, who is on duty now")
class ClockEventsApiController {

    private final ClockUploads uploads;

    private final MessageSource messages;

    ClockEventsApiController(ClockUploads uploads, MessageSource messages) {
        this.uploads = uploads;
        this.messages = messages;
    }

    @PostMapping("/clock-events")
    @PreAuthorize("hasAuthority('ATTENDANCE_CLOCK')")
    @Operation(summary = "Upload a batch of clock events",
            description = "Idempotent by eventId: an event sent again is answered DUPLICATE and stored once. Each event "
                    + "is accepted (flagged OUTSIDE_FENCE, NO_POSITION or CLOCK_SKEW as evidence, never refused for it), a "
                    + "duplicate, or rejected with a reason in the caller's language: a shift that is not the caller's own "
                    + "published shift, a time in the future, older than 30 days or more than 2 hours outside the shift, a "
                    + "missing field. Rejecting one never rejects the others. An empty batch or one of more than 100 "
                    + "events is answered 422.")
    ClockReply upload(@RequestBody ClockUpload upload) {
        var user = CurrentUser.require();
        var results = uploads.upload(user, employee -> upload.toBatch(employee, user.id(), ClockIngest.Source.API));
        return ClockReply.of(results, messages, LocaleContextHolder.getLocale());
    }

}
