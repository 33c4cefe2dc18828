package org.garrison.attendance.web;

import org.garrison.attendance.internal.ClockIngest;
import org.garrison.attendance.internal.ClockUploads;
import org.garrison.attendance.internal.MyShifts;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The guard's clock-in page on the phone (it keeps working without signal: its service worker serves it from cache
 * and its script queues the events until the signal returns) and the endpoint its queue syncs to.
 */
@Controller
class ClockPhoneController {

    private final MyShifts shifts;

    private final ClockUploads uploads;

    private final PeopleManagement people;

    private final MessageSource messages;

    ClockPhoneController(MyShifts shifts, ClockUploads uploads, PeopleManagement people, MessageSource messages) {
        this.shifts = shifts;
        this.uploads = uploads;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/attendance/my")
    @PreAuthorize("hasAuthority('ATTENDANCE_CLOCK')")
    String phone(Model model) {
        var employee = people.employeeOfUser(CurrentUser.require().userId());
        model.addAttribute("employee", employee.isPresent());
        model.addAttribute("shifts", employee.map(shifts::clockable).orElse(java.util.List.of()));
        model.addAttribute("latest", employee.map(shifts::latest).orElse(java.util.List.of()));
        return "attendance/phone";
    }

    /** The offline queue's sync: the same batch and answers as {@code POST /api/v1/attendance/clock-events}. */
    @PostMapping("/attendance/my/clock-events")
    @PreAuthorize("hasAuthority('ATTENDANCE_CLOCK')")
    @ResponseBody
    ClockReply sync(@RequestBody ClockUpload upload) {
        var user = CurrentUser.require();
        var results = uploads.upload(user, employee -> upload.toBatch(employee, user.id(), ClockIngest.Source.PHONE));
        return ClockReply.of(results, messages, LocaleContextHolder.getLocale());
    }

}
