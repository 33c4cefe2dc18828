package org.garrison.siteops.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.siteops.internal.DailyActivity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each site's daily activity list: access, inspections, hazards and incidents of one day. */
@Controller
class ActivityController {

    private final DailyActivity activity;

    private final OrganisationManagement organisation;

    private final Clock clock;

    ActivityController(DailyActivity activity, OrganisationManagement organisation, Clock clock) {
        this.activity = activity;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/siteops/activity")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    String day(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        var scope = CurrentUser.require().scope();
        var choices = organisation.siteChoices(scope);
        Long site = siteId != null ? siteId : choices.isEmpty() ? null : choices.get(0).id().value();
        LocalDate date = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("sites", choices);
        model.addAttribute("siteId", site);
        model.addAttribute("day", date);
        model.addAttribute("entries", site == null ? List.of() : activity.of(scope, site, date));
        return "siteops/activity";
    }

}
