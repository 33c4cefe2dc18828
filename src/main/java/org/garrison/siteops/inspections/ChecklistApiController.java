package org.garrison.siteops.inspections;

import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.inspections.InspectionApiViews.ChecklistResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checklist templates (company-wide): read by whoever sees inspections (the inspection pages offer the active ones),
 * written by managers as on the checklist pages.
 */
@RestController
@RequestMapping("/api/v1/siteops/checklists")
@Tag(name = "Inspections")
class ChecklistApiController {

    private final Checklists checklists;

    ChecklistApiController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('SITEOPS_VIEW', 'SITEOPS_MANAGE')")
    @Operation(summary = "Checklists by name, page by page", description = "Filters: active, category, q (part of the name).")
    PageResponse<ChecklistResponse> list(@RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) Checklist.@Nullable Category category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        var rows = checklists.list().stream()
            .filter(c -> active == null || c.isActive() == active)
            .filter(c -> category == null || c.getCategory() == category)
            .filter(c -> text == null || c.getName().toLowerCase(Locale.ROOT).contains(text))
            .map(ChecklistResponse::of)
            .toList();
        return PageResponse.of(rows, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('SITEOPS_VIEW', 'SITEOPS_MANAGE')")
    @Operation(summary = "One checklist with its items", description = "404 when unknown.")
    ChecklistResponse checklist(@PathVariable long id) {
        return ChecklistResponse.of(checklists.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Create a checklist; items one per line", description = "422 when the name is taken.")
    ResponseEntity<ChecklistResponse> create(@Valid @RequestBody ChecklistForm body) {
        var created = checklists.create(body.name(), Objects.requireNonNull(body.category()), body.items());
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/checklists/{id}")
            .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(ChecklistResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Change a checklist's name, category, items and whether it is offered",
            description = "active false (or missing) takes it out of use. 422 when the name is taken.")
    ChecklistResponse update(@PathVariable long id, @Valid @RequestBody ChecklistForm body) {
        checklists.update(id, body.name(), Objects.requireNonNull(body.category()), body.items(),
                Boolean.TRUE.equals(body.active()));
        return ChecklistResponse.of(checklists.get(id));
    }

}
