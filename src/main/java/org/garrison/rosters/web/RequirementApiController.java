package org.garrison.rosters.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.rosters.internal.PostNeed;
import org.garrison.rosters.internal.PostNeeds;
import org.garrison.rosters.internal.RosterSettingsView;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Each post's requirement on a day with the guards to hire for it, as the requirements page shows them. */
@RestController
@RequestMapping("/api/v1/rosters")
@Tag(name = "Rosters")
class RequirementApiController {

    private final PostNeeds needs;

    private final RosterSettingsView settings;

    RequirementApiController(PostNeeds needs, RosterSettingsView settings) {
        this.needs = needs;
        this.settings = settings;
    }

    /**
     * A post's requirement.
     *
     * @param onDuty guards on duty at once over the day: headcount × shifts
     * @param hiringNeed guards to hire so everyone gets his days off: on duty × 7 / (7 − rest days a week)
     * @param restDaysPerWeek the rest days a week the hiring need assumes
     */
    record Requirement(long siteId, String siteName, long postId, String postName, int headcountPerShift,
            String templateSet, int shiftsPerDay, @Nullable Integer minHeightCm, PostNeed.Source source, int onDuty,
            double hiringNeed, int restDaysPerWeek) {

        static Requirement of(PostNeed n, int restDays) {
            return new Requirement(n.siteId(), n.siteName(), n.postId(), n.postName(), n.headcountPerShift(),
                    n.templateSet(), n.shiftsPerDay(), n.minHeightCm(), n.source(), n.onDuty(),
                    Math.round(n.hiringNeed(restDays) * 10) / 10.0, restDays);
        }

    }

    @GetMapping("/requirements")
    @PreAuthorize("hasAuthority('ROSTER_PLAN')")
    @Operation(summary = "Each post's requirement on a day", description = "Posts of the caller's scope with guards per "
            + "shift and shift set, from the contract in force or a local override (source), the guards on duty at once "
            + "and the hiring need (on duty × 7 / (7 − rest days a week), to one decimal). day is required (yyyy-MM-dd). "
            + "Needs ROSTER_PLAN.")
    List<Requirement> requirements(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        int restDays = settings.restDaysPerWeek();
        return needs.on(CurrentUser.require().scope(), day).stream().map(n -> Requirement.of(n, restDays)).toList();
    }

}
