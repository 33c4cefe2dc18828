package org.garrison.facilities.records;

import java.time.Clock;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ServiceKind;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Service records (服务记录) and their review, as the record pages handle them. */
@RestController
@RequestMapping("/api/v1/facilities/records")
@Tag(name = "Facility services")
class RecordApiController {

    private final ServiceRecords records;

    private final Clock clock;

    RecordApiController(ServiceRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "List service records of the sites in scope, newest first", description = "50 a page.")
    PageResponse<RecordResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ServiceKind service, @RequestParam(required = false) @Nullable ReviewState review,
            @RequestParam(defaultValue = "0") int page) {
        return PageResponse.of(records.list(CurrentUser.require().scope(), siteId, service, review, page).map(RecordResponse::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "One service record", description = "404 when it is not at a site in scope.")
    RecordResponse one(@PathVariable long id) {
        return RecordResponse.of(records.find(CurrentUser.require().scope(), id));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Pass or return a record waiting for review (记录审核)",
            description = "422 when it is not waiting, the reviewer wrote it, or it is returned without a note.")
    RecordResponse review(@PathVariable long id, @Valid @RequestBody ReviewForm body) {
        return RecordResponse.of(records.review(CurrentUser.require(), id, Boolean.TRUE.equals(body.passed()), body.note()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Correct a returned record", description = "Times are local times of the business zone. 422 when it "
            + "is not returned or ends before it starts.")
    RecordResponse correct(@PathVariable long id, @Valid @RequestBody RecordForm body) {
        return RecordResponse.of(records.correct(CurrentUser.require(), id, body.toContent(clock.getZone())));
    }

}
