package org.garrison.attendance.web;

import java.time.Clock;
import java.time.YearMonth;

import org.garrison.attendance.internal.MonthlyAttendance;
import org.garrison.attendance.internal.MonthlyExportJob;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monthly attendance per employee of the user's sites, and its Excel export for payroll as a long job. */
@Controller
class MonthlyController {

    private final MonthlyAttendance monthly;

    private final MonthlyExportJob export;

    private final Clock clock;

    MonthlyController(MonthlyAttendance monthly, MonthlyExportJob export, Clock clock) {
        this.monthly = monthly;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/attendance/monthly")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    String monthly(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
            Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", shown);
        model.addAttribute("rows", monthly.of(CurrentUser.require().scope(), shown));
        return "attendance/monthly";
    }

    @PostMapping("/attendance/monthly/export")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    String export(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, RedirectAttributes redirect) {
        long id = export.start(month);
        redirect.addFlashAttribute("flash", "longjobs.started");
        return "redirect:/jobs/" + id;
    }

}
