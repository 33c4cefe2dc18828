package org.garrison.patrols.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.Route;
import org.jspecify.annotations.Nullable;

/**
 * A route as entered: its checkpoints' codes in walking order, one per row the editor picked from the site's list
 * (a row may also hold several codes separated by commas, spaces or new lines, as a typed list does).
 */
record RouteForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 100) @Nullable String name, @Nullable Boolean ordered,
        @NotNull @Nullable PatrolMode mode, @NotNull @Min(0) @Max(240) @Nullable Integer minutesBetween,
        @NotEmpty @Size(max = 200) @Nullable List<String> checkpointCodes) {

    static RouteForm empty() {
        return new RouteForm(null, null, true, PatrolMode.FOOT, 5, List.of());
    }

    static RouteForm of(Route route, List<String> codes) {
        return new RouteForm(route.getSiteId(), route.getName(), route.isOrdered(), route.getMode(),
                route.getMinutesBetween(), codes);
    }

    List<String> codes() {
        return checkpointCodes == null ? List.of()
                : checkpointCodes.stream().flatMap(row -> Arrays.stream(String.valueOf(row).split("[,\\s]+")))
                    .map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).toList();
    }

}
