package org.garrison.facilities.assets;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.facilities.assets.AssetViews.CountRow;
import org.garrison.facilities.assets.AssetViews.PlantChangeRow;
import org.garrison.facilities.assets.AssetViews.PlantRow;
import org.garrison.facilities.assets.AssetViews.QualityRow;
import org.garrison.facilities.assets.AssetViews.SortingRow;
import org.garrison.facilities.assets.CheckForms.QualityForm;
import org.garrison.facilities.assets.CheckForms.SortingForm;
import org.garrison.facilities.assets.PlantForms.CountForm;
import org.garrison.facilities.assets.PlantForms.PlantForm;
import org.garrison.facilities.assets.PlantForms.StatusForm;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The plant inventory, plant counts, sorting spot checks and quality checks over the API, as the pages keep them. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facility services")
class AssetApiController {

    private final Plants plants;

    private final SortingChecks sorting;

    private final QualityChecks quality;

    AssetApiController(Plants plants, SortingChecks sorting, QualityChecks quality) {
        this.plants = plants;
        this.sorting = sorting;
        this.quality = quality;
    }

    @GetMapping("/plants")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The plants of the sites in scope (of one site when given)")
    List<PlantRow> plants(@RequestParam(required = false) @Nullable Long siteId) {
        return plants.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/plants")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take a plant into a site's inventory", description = "400 for missing fields; 404 for a site outside "
            + "the scope; 422 for a toxic plant (nonToxic not confirmed) or a day after today.")
    PlantRow addPlant(@Valid @RequestBody PlantForm body) {
        return plants.add(CurrentUser.require(), body);
    }

    @GetMapping("/plants/{id}/history")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The statuses a plant had, newest first", description = "404 for a plant outside the scope.")
    List<PlantChangeRow> history(@PathVariable long id) {
        return plants.history(CurrentUser.require().scope(), id);
    }

    @PostMapping("/plants/{id}/status")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Record a plant's new status (diseased, dead, healthy, removed)", description = "404 for a plant "
            + "outside the scope; 422 for a removed plant, the same status or a day after today.")
    PlantRow status(@PathVariable long id, @Valid @RequestBody StatusForm body) {
        var user = CurrentUser.require();
        plants.changeStatus(user, id, body);
        return plants.plant(user.scope(), id);
    }

    @GetMapping("/plant-counts")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The plant counts (盘点) of the sites in scope, newest first")
    List<CountRow> counts(@RequestParam(required = false) @Nullable Long siteId) {
        return plants.counts(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/plant-counts")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a count of a site's plants", description = "400 for missing totals; 404 for a site outside the "
            + "scope; 422 for negative totals, more diseased than alive, nothing counted or a day after today.")
    CountRow count(@Valid @RequestBody CountForm body) {
        return plants.count(CurrentUser.require(), body);
    }

    @GetMapping("/sorting-checks")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The garbage-sorting spot checks of the sites in scope, newest first")
    List<SortingRow> sortingChecks(@RequestParam(required = false) @Nullable Long siteId) {
        return sorting.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/sorting-checks")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a garbage-sorting spot check", description = "400 for missing or negative bins; 404 for a site "
            + "outside the scope; 422 for more correct bins than checked or a day after today.")
    SortingRow sortingCheck(@Valid @RequestBody SortingForm body) {
        return sorting.record(CurrentUser.require(), body);
    }

    @GetMapping("/quality-checks")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The quality checks of the sites in scope, newest first")
    List<QualityRow> qualityChecks(@RequestParam(required = false) @Nullable Long siteId) {
        return quality.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/quality-checks")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a quality check (self, peer or third party)", description = "400 for missing fields or a score "
            + "outside 0-100; 404 for a site outside the scope; 422 for guarding, a check without items (unless a third party "
            + "scored it), a score given by anyone but a third party, or a day after today.")
    QualityRow qualityCheck(@Valid @RequestBody QualityForm body) {
        return quality.record(CurrentUser.require(), body);
    }

}
