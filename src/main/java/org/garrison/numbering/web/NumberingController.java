package org.garrison.numbering.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.NumberingManagement.SeriesDay;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the form numbering handed out: per series and day, how many numbers and the last one — for
 * administrators checking that numbering runs without gaps.
 */
@Controller
@Tag(name = "Numbering", description = "Form numbers handed out per series and day")
class NumberingController {

    static final int MAX_ROWS = 500;

    private final NumberingManagement numbering;

    private final Clock clock;

    NumberingController(NumberingManagement numbering, Clock clock) {
        this.numbering = numbering;
        this.clock = clock;
    }

    @GetMapping("/admin/numbering")
    @PreAuthorize("hasAuthority('SYSTEM_MONITOR')")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate to = day != null ? day : LocalDate.now(clock);
        model.addAttribute("day", to);
        model.addAttribute("rows", issued(to));
        return "numbering/overview";
    }

    @GetMapping("/api/v1/numbering")
    @PreAuthorize("hasAuthority('SYSTEM_MONITOR')")
    @ResponseBody
    @Operation(summary = "Numbers handed out per series over the 30 days up to 'day' (default today), newest first")
    List<SeriesDay> api(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return issued(day != null ? day : LocalDate.now(clock));
    }

    private List<SeriesDay> issued(LocalDate to) {
        return numbering.issuedBetween(to.minusDays(29), to, MAX_ROWS);
    }

}
