package org.garrison.facilities.assets;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.facilities.assets.AssetViews.AssetCard;
import org.garrison.facilities.assets.AssetViews.AssetRow;
import org.garrison.facilities.assets.AssetViews.ChemicalRow;
import org.garrison.facilities.assets.AssetViews.FaultRow;
import org.garrison.facilities.assets.AssetViews.OperationReportView;
import org.garrison.facilities.assets.AssetViews.PestInspectionRow;
import org.garrison.facilities.assets.AssetViews.PestPointRow;
import org.garrison.facilities.assets.AssetViews.ReadingRow;
import org.garrison.facilities.assets.AssetViews.TreatmentRow;
import org.garrison.facilities.assets.ElectricalForms.AssetForm;
import org.garrison.facilities.assets.ElectricalForms.ReadingForm;
import org.garrison.facilities.assets.ElectricalForms.ReportForm;
import org.garrison.facilities.assets.ElectricalForms.TextForm;
import org.garrison.facilities.assets.PestForms.ChemicalForm;
import org.garrison.facilities.assets.PestForms.FollowUpForm;
import org.garrison.facilities.assets.PestForms.InspectionForm;
import org.garrison.facilities.assets.PestForms.PointForm;
import org.garrison.facilities.assets.PestForms.TreatmentForm;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pest points, inspections, chemicals and treatments; electrical assets, readings, faults and reports over the API. */
@RestController
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facility services")
class ServiceApiController {

    private final PestPoints points;

    private final Treatments treatments;

    private final ElectricalAssets assets;

    private final Readings readings;

    private final OperationReports reports;

    ServiceApiController(PestPoints points, Treatments treatments, ElectricalAssets assets, Readings readings,
            OperationReports reports) {
        this.points = points;
        this.treatments = treatments;
        this.assets = assets;
        this.readings = readings;
        this.reports = reports;
    }

    @GetMapping("/pest-points")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The pest monitoring points of the sites in scope")
    List<PestPointRow> points(@RequestParam(required = false) @Nullable Long siteId) {
        return points.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/pest-points")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a pest monitoring point", description = "400 for missing fields; 404 for a site outside the "
            + "scope; 422 for a code the site already uses.")
    PestPointRow addPoint(@Valid @RequestBody PointForm body) {
        return points.add(CurrentUser.require(), body);
    }

    @GetMapping("/pest-inspections")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The latest inspections of the monitoring points in scope")
    List<PestInspectionRow> inspections(@RequestParam(required = false) @Nullable Long siteId) {
        return points.inspections(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/pest-inspections")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the inspection of a monitoring point", description = "404 for a point outside the scope; 422 "
            + "for an inactive point or a day after today.")
    PestInspectionRow inspect(@Valid @RequestBody InspectionForm body) {
        return points.inspect(CurrentUser.require(), body);
    }

    @GetMapping("/chemicals")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The chemicals list, active ones first")
    List<ChemicalRow> chemicals() {
        return treatments.chemicals();
    }

    @PostMapping("/chemicals")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a chemical on the list", description = "400 for missing fields; 422 for a registration number "
            + "already on the list.")
    ChemicalRow addChemical(@Valid @RequestBody ChemicalForm body) {
        return treatments.addChemical(body);
    }

    @PostMapping("/chemicals/{id}/active")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Allow a chemical again or no longer", description = "404 for an unknown chemical.")
    List<ChemicalRow> chemicalActive(@PathVariable long id, @RequestParam boolean active) {
        treatments.setChemicalActive(id, active);
        return treatments.chemicals();
    }

    @GetMapping("/treatments")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The treatment records (消杀记录) of the sites in scope, newest first")
    List<TreatmentRow> treatments(@RequestParam(required = false) @Nullable Long siteId) {
        return treatments.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/treatments")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a treatment", description = "400 for missing fields; 404 for a site outside the scope; 422 for "
            + "a chemical not on the active low-toxicity list, a dose not above zero or a time in the future.")
    TreatmentRow treat(@Valid @RequestBody TreatmentForm body) {
        return treatments.record(CurrentUser.require(), body);
    }

    @PostMapping("/treatments/{id}/follow-up")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Record the follow-up check of a treatment", description = "404 for a treatment outside the scope; "
            + "422 when it was followed up already, or for a day before the treatment or after today.")
    TreatmentRow followUp(@PathVariable long id, @Valid @RequestBody FollowUpForm body) {
        return treatments.followUp(CurrentUser.require(), id, body);
    }

    @GetMapping("/electrical-assets")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "The electrical assets of the sites in scope")
    List<AssetRow> assets(@RequestParam(required = false) @Nullable Long siteId) {
        return assets.list(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/electrical-assets")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an electrical asset", description = "400 for missing fields; 404 for a site outside the scope.")
    AssetRow register(@Valid @RequestBody AssetForm body) {
        return assets.register(CurrentUser.require(), body);
    }

    @GetMapping("/electrical-assets/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "An electrical asset with its latest readings and its faults", description = "404 outside the scope.")
    AssetCard asset(@PathVariable long id) {
        return assets.card(CurrentUser.require().scope(), id);
    }

    @PostMapping("/electrical-assets/{id}/readings")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a reading (voltage V, current A, insulation MΩ, grounding Ω)", description = "404 for an asset "
            + "outside the scope; 422 without any value, for a value out of range (negative, voltage over 1000 V, current over "
            + "2000 A, insulation over 10000 MΩ, grounding over 1000 Ω), a retired asset or a time in the future.")
    ReadingRow read(@PathVariable long id, @Valid @RequestBody ReadingForm body) {
        return readings.record(CurrentUser.require(), id, body);
    }

    @PostMapping("/electrical-assets/{id}/faults")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a fault, which makes the asset faulty", description = "400 without a description; 404 for an "
            + "asset outside the scope; 422 for a retired asset.")
    FaultRow fault(@PathVariable long id, @Valid @RequestBody TextForm body) {
        return assets.reportFault(CurrentUser.require(), id, body.text());
    }

    @PostMapping("/electrical-faults/{id}/fix")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Record the repair of a fault", description = "400 without what was done; 404 for a fault outside the "
            + "scope; 422 when it was fixed already.")
    FaultRow fix(@PathVariable long id, @Valid @RequestBody TextForm body) {
        return assets.fix(CurrentUser.require(), id, body.text());
    }

    @PostMapping("/electrical-assets/{id}/retire")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Retire an asset", description = "404 outside the scope; 422 when retired already.")
    AssetCard retire(@PathVariable long id) {
        var user = CurrentUser.require();
        assets.retire(user, id);
        return assets.card(user.scope(), id);
    }

    @GetMapping("/electrical-reports/{siteId}/{month}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "A site's equipment operation report (设备运行报告) for a month (yyyy-MM)",
            description = "404 for a site outside the scope.")
    OperationReportView report(@PathVariable long siteId, @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return reports.report(CurrentUser.require().scope(), siteId, month);
    }

    @PutMapping("/electrical-reports/{siteId}/{month}")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Write the analysis and suggestions of a month's operation report", description = "400 for missing "
            + "text; 404 for a site outside the scope; 422 for a month that has not begun.")
    OperationReportView writeReport(@PathVariable long siteId, @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @Valid @RequestBody ReportForm body) {
        var user = CurrentUser.require();
        reports.write(user, siteId, month, body);
        return reports.report(user.scope(), siteId, month);
    }

}
