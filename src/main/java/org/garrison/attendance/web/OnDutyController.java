package org.garrison.attendance.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.garrison.attendance.internal.ClockKind;
import org.garrison.attendance.internal.ManualClock;
import org.garrison.attendance.internal.OnDutyBoard;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who is on duty now, per site and post, for team leaders and supervisors; and the team leader's clock event by
 * hand for a guard's shift, with a reason.
 */
@Controller
class OnDutyController {

    private final OnDutyBoard board;

    private final ManualClock manual;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final Clock clock;

    OnDutyController(OnDutyBoard board, ManualClock manual, OrganisationManagement organisation, PeopleManagement people,
            Clock clock) {
        this.board = board;
        this.manual = manual;
        this.organisation = organisation;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/attendance/on-duty")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    String onDuty(@RequestParam(required = false) @Nullable Long site, Model model) {
        var user = CurrentUser.require();
        if (site != null) {
            organisation.requireSite(user.scope(), new SiteId(site));
        }
        model.addAttribute("rows", board.now(user.scope(), site == null ? null : new SiteId(site)));
        model.addAttribute("sites", organisation.siteChoices(user.scope()));
        model.addAttribute("site", site);
        return "attendance/on-duty";
    }

    @GetMapping("/attendance/shifts/{id}/manual")
    @PreAuthorize("hasAuthority('ATTENDANCE_MANAGE')")
    String manualForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ManualClockForm(ClockKind.IN,
                LocalDateTime.now(clock).withSecond(0).withNano(0), null));
        return form(id, model);
    }

    @PostMapping("/attendance/shifts/{id}/manual")
    @PreAuthorize("hasAuthority('ATTENDANCE_MANAGE')")
    String manual(@PathVariable long id, @ModelAttribute("form") ManualClockForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var shift = manual.shift(user, new ShiftId(id));
        if (form.kind() == null) {
            errors.rejectValue("kind", "attendance.manual.kindMissing");
        }
        if (form.at() == null && !errors.hasFieldErrors("at")) {
            errors.rejectValue("at", "attendance.manual.timeMissing");
        }
        if (errors.hasErrors()) {
            return form(id, model);
        }
        try {
            manual.record(user, shift.id(), form.kind(), form.at().atZone(clock.getZone()).toInstant(),
                    form.reason() == null ? "" : form.reason());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
            return form(id, model);
        }
        redirect.addFlashAttribute("flash", "attendance.manual.recorded");
        return "redirect:/attendance/on-duty?site=" + shift.site().value();
    }

    private String form(long id, Model model) {
        var shift = manual.shift(CurrentUser.require(), new ShiftId(id));
        model.addAttribute("shift", shift);
        model.addAttribute("siteName", organisation.siteName(shift.site()));
        var card = people.dutyCards(List.of(shift.employee()), shift.day()).get(shift.employee());
        model.addAttribute("guardName", card == null ? "" : card.fullName());
        model.addAttribute("kinds", ClockKind.values());
        return "attendance/manual";
    }

}
