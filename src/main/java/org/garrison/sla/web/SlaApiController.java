package org.garrison.sla.web;

import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.internal.ScopedClocks;
import org.garrison.sla.internal.SlaCalendar;
import org.garrison.sla.internal.SlaSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SLA policies and the clock of one item, for API callers. */
@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "SLA", description = "SLA policies and the deadlines of items under SLA")
class SlaApiController {

    private final SlaSettings settings;

    private final ScopedClocks clocks;

    SlaApiController(SlaSettings settings, ScopedClocks clocks) {
        this.settings = settings;
        this.clocks = clocks;
    }

    @GetMapping("/policies")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every SLA policy", description = "Company-wide reference data; any signed-in caller.")
    List<PolicyResponse> policies() {
        var codes = settings.calendars().stream().collect(Collectors.toMap(SlaCalendar::getId, SlaCalendar::getCode));
        return settings.policies().stream().map(p -> PolicyResponse.of(p, codes.get(p.getCalendarId()))).toList();
    }

    @GetMapping("/clocks/{itemType}/{itemRef}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The SLA clock of an item",
            description = "Deadlines, remaining working time, state and breaches. Needs the permission to read items of "
                    + "the type (COMPLAINT and COMPLAINT_STEP: COMPLAINTS_VIEW; WHISTLEBLOWING: WHISTLEBLOWING_HANDLE): 403 "
                    + "without it. 404 when no module declares the type, the item has no clock, or its site is outside "
                    + "the caller's data scope.")
    SlaClockView clock(@PathVariable String itemType, @PathVariable String itemRef) {
        return clocks.clockOf(CurrentUser.require(), itemType, itemRef)
            .orElseThrow(() -> new NotFoundException("sla.clock", itemType + "/" + itemRef));
    }

}
