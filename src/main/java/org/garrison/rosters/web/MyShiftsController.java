package org.garrison.rosters.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.internal.GuardRequests;
import org.garrison.rosters.internal.RequestLists;
import org.garrison.rosters.internal.RosterSettingsView;
import org.garrison.rosters.web.RosterForms.LeaveForm;
import org.garrison.rosters.web.RosterForms.SwapForm;
import org.garrison.people.EmployeeId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guard's phone page: my published shifts for the next days, and asking for a swap (调班) or leave (请假). */
@Controller
@PreAuthorize("hasAuthority('ROSTER_OWN')")
class MyShiftsController {

    private final RosterManagement rosters;

    private final GuardRequests requests;

    private final RequestLists lists;

    private final OrganisationManagement organisation;

    private final RosterSettingsView settings;

    private final Clock clock;

    MyShiftsController(RosterManagement rosters, GuardRequests requests, RequestLists lists,
            OrganisationManagement organisation, RosterSettingsView settings, Clock clock) {
        this.rosters = rosters;
        this.requests = requests;
        this.lists = lists;
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/rosters/my")
    String mine(Model model) {
        var user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        var me = requests.employeeOf(user);
        model.addAttribute("employee", me.isPresent());
        if (me.isPresent()) {
            var shifts = rosters.publishedShifts(me.get(), today, today.plusDays(settings.myShiftsDays()));
            model.addAttribute("shifts", shifts);
            var hours = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
            model.addAttribute("times", shifts.stream().collect(java.util.stream.Collectors.toMap(s -> s.id().value(),
                    s -> hours.format(s.starts()) + "–" + hours.format(s.ends()))));
            model.addAttribute("siteNames", organisation.siteNames(shifts.stream().map(DutyShift::site).toList()));
            model.addAttribute("partners", shifts.isEmpty() ? java.util.List.of()
                    : requests.swapPartners(shifts.get(0).site().value(), me.get()));
            model.addAttribute("swaps", lists.swapsOf(me.get()));
            model.addAttribute("leave", lists.leaveOf(me.get()));
        }
        if (!model.containsAttribute("swap")) {
            model.addAttribute("swap", new SwapForm(null, null, ""));
        }
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", new LeaveForm(today.plusDays(1), today.plusDays(1), ""));
        }
        return "rosters/my";
    }

    @PostMapping("/rosters/my/swaps")
    String swap(@Valid @ModelAttribute("swap") SwapForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                requests.askSwap(CurrentUser.require(), form.shiftId(), new EmployeeId(form.toEmployee()), form.reason());
                redirect.addFlashAttribute("flash", "rosters.swap.asked");
                return "redirect:/rosters/my";
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
            catch (NotFoundException ex) {
                errors.reject("rosters.swap.notPossible");
            }
        }
        return mine(model);
    }

    @PostMapping("/rosters/my/leave")
    String leave(@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                requests.askLeave(CurrentUser.require(), form.firstDay(), form.lastDay(), form.reason());
                redirect.addFlashAttribute("flash", "rosters.leave.asked");
                return "redirect:/rosters/my";
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return mine(model);
    }

}
