package org.garrison.sla.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.internal.EscalationRoles;
import org.garrison.sla.internal.ScopedClocks;
import org.garrison.sla.internal.SlaCalendar;
import org.garrison.sla.internal.SlaSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SLA policies and the clock of one item, for API callers. */
@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "SLA", description = "SLA policies and the deadlines of items under SLA")
class SlaApiController {

    private final SlaSettings settings;

    private final ScopedClocks clocks;

    private final EscalationRoles escalation;

    SlaApiController(SlaSettings settings, ScopedClocks clocks, EscalationRoles escalation) {
        this.settings = settings;
        this.clocks = clocks;
        this.escalation = escalation;
    }

    /** A role an escalation level may tell: its code and its name in the caller's language. */
    record RoleChoice(String code, String name) {
    }

    @GetMapping("/policies")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every SLA policy", description = "Company-wide reference data; any signed-in caller.")
    List<PolicyResponse> policies() {
        var codes = settings.calendars().stream().collect(Collectors.toMap(SlaCalendar::getId, SlaCalendar::getCode));
        return settings.policies().stream().map(p -> PolicyResponse.of(p, codes.get(p.getCalendarId()))).toList();
    }

    @PutMapping("/policies/{id}")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    @Operation(summary = "Change an SLA policy's targets, calendar, warning share and escalation",
            description = "Audited with the terms before and after. Running clocks keep their deadlines until "
                    + "reprioritised. 404 for an unknown policy or calendar; 422 when a target or the warning share is "
                    + "out of range, no level names a role, or a role code is unknown (see /escalation-roles).")
    PolicyResponse change(@PathVariable long id, @Valid @RequestBody PolicyRequest body) {
        var policy = settings.changePolicy(id, Objects.requireNonNull(body.responseMinutes()),
                Objects.requireNonNull(body.resolutionMinutes()), Objects.requireNonNull(body.calendarId()),
                Objects.requireNonNull(body.warningPercent()), Objects.requireNonNull(body.escalation()));
        return PolicyResponse.of(policy, settings.calendar(policy.getCalendarId()).getCode());
    }

    @GetMapping("/escalation-roles")
    @PreAuthorize("hasAuthority('SLA_CONFIGURE')")
    @Operation(summary = "The roles an escalation level may tell", description = "Codes with their names in the "
            + "caller's language, for PUT /policies/{id}.")
    List<RoleChoice> escalationRoles(Locale locale) {
        return escalation.choices(locale).entrySet().stream().map(e -> new RoleChoice(e.getKey(), e.getValue())).toList();
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
