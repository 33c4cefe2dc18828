package org.garrison.patrols.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.Route;
import org.jspecify.annotations.Nullable;

/**
 * A route as entered: its checkpoints as codes in walking order, separated by commas, spaces or new lines.
 */
record RouteForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 100) @Nullable String name, @Nullable Boolean ordered,
        @NotNull @Nullable PatrolMode mode, @NotNull @Min(0) @Max(240) @Nullable Integer minutesBetween,
        @NotBlank @Size(max = 4000) @Nullable String checkpointCodes) {

    static RouteForm empty() {
        return new RouteForm(null, null, true, PatrolMode.FOOT, 5, null);
    }

    static RouteForm of(Route route, List<String> codes) {
        return new RouteForm(route.getSiteId(), route.getName(), route.isOrdered(), route.getMode(),
                route.getMinutesBetween(), String.join(", ", codes));
    }

    List<String> codes() {
        return Arrays.stream(String.valueOf(checkpointCodes).split("[,\\s]+")).map(String::strip)
            .filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
    }

}
