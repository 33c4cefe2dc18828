package org.garrison.sla.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.garrison.sla.internal.SlaPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The editable terms of an SLA policy; escalation as the roles picked for each of three levels (a warning goes to
 * the current level, each breach moves one level up; an empty level is left out).
 */
record PolicyForm(@NotNull @Min(1) @Max(525_600) @Nullable Integer responseMinutes,
        @NotNull @Min(1) @Max(525_600) @Nullable Integer resolutionMinutes, @NotNull @Nullable Long calendarId,
        @NotNull @Min(1) @Max(99) @Nullable Integer warningPercent, @NotEmpty @Nullable List<String> firstLevel,
        @Nullable List<String> secondLevel, @Nullable List<String> thirdLevel) {

    /** The levels of the form, in order. */
    static final List<String> LEVELS = List.of("firstLevel", "secondLevel", "thirdLevel");

    static PolicyForm of(SlaPolicy policy) {
        var levels = policy.escalationLevels();
        return new PolicyForm(policy.getResponseMinutes(), policy.getResolutionMinutes(), policy.getCalendarId(),
                policy.getWarningPercent(), level(levels, 0), level(levels, 1), level(levels, 2));
    }

    /** The roles of each level, first level first. */
    List<List<String>> escalation() {
        return Stream.of(firstLevel, secondLevel, thirdLevel).map(level -> level == null ? List.<String>of() : level)
            .toList();
    }

    private static List<String> level(List<List<String>> levels, int index) {
        return index < levels.size() ? levels.get(index) : List.of();
    }

}
