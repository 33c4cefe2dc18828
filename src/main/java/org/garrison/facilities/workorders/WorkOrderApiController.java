package org.garrison.facilities.workorders;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.records.RecordForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Work orders (工单) as the pages handle them: filing, the list, and every move of the flow. */
@RestController
@RequestMapping("/api/v1/facilities/work-orders")
@Tag(name = "Facility services")
class WorkOrderApiController {

    private final WorkOrders orders;

    private final WorkOrderQueries queries;

    private final Clock clock;

    private final WorkOrderBatch batch;

    WorkOrderApiController(WorkOrders orders, WorkOrderQueries queries, Clock clock, WorkOrderBatch batch) {
        this.orders = orders;
        this.batch = batch;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "List work orders of the sites in scope, newest first",
            description = "Filters: site, service, state, open (still being worked on), overdue (breached or open past the "
                    + "resolution deadline). 50 a page.")
    PageResponse<WorkOrderResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable ServiceKind service, @RequestParam(required = false) @Nullable WorkOrderState state,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page) {
        var found = queries.list(CurrentUser.require().scope(), new WorkOrderQueries.Filter(siteId, service, state, open, overdue), page);
        return PageResponse.of(found.map(row -> WorkOrderResponse.of(row.order(), row.siteName(), row.late())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "One work order", description = "404 when it is not at a site in scope.")
    WorkOrderResponse one(@PathVariable long id) {
        return answer(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_WORK')")
    @Operation(summary = "File a work order (a client's request in the portal, customer service, logistics, staff)",
            description = "Numbers it and starts its SLA clock. A client's request is always CLIENT_REQUEST. 400 for missing "
                    + "fields; 404 for a site outside the scope; 422 when a task, inspection, hazard or anomaly source has no "
                    + "reference.")
    ResponseEntity<WorkOrderResponse> file(@Valid @RequestBody WorkOrderForm body) {
        var user = CurrentUser.require();
        long id = orders.file(user, body.toRequest(WorkOrderController.defaultSource(user))).getId();
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/facilities/work-orders/{id}").buildAndExpand(id).toUri())
            .body(answer(id));
    }

    @PostMapping("/batch")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_WORK')")
    @Operation(summary = "File up to 100 work orders at once, in one transaction",
            description = "As filing one, for each order; numbered as one block in the order sent. 201 with the ids and "
                    + "numbers in that order. 400 when an order misses fields or more than 100 are sent; 404 when a site is "
                    + "outside the scope; 422 when a task, inspection, hazard or anomaly source has no reference. Any refusal "
                    + "refuses the whole batch: nothing is stored.")
    ResponseEntity<BatchFiled> fileBatch(@Valid @RequestBody WorkOrderBatchForm body) {
        var user = CurrentUser.require();
        var source = WorkOrderController.defaultSource(user);
        var filed = batch.file(user, Objects.requireNonNull(body.orders()).stream().map(o -> o.toRequest(source)).toList());
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(new BatchFiled(filed.stream().map(f -> new BatchFiled.Order(f.id(), f.number())).toList()));
    }

    /** The orders a batch filed, in the order sent. */
    record BatchFiled(List<Order> orders) {

        record Order(long id, String number) {
        }

    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Give a work order to one of the staff who can work at its site", description = "422 when the person "
            + "cannot work there or the order is done.")
    WorkOrderResponse assign(@PathVariable long id, @Valid @RequestBody AssignForm body) {
        return move(id, user -> orders.assign(user, id, Objects.requireNonNull(body.assigneeId())));
    }

    @PostMapping("/{id}/respond")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Answer an assigned work order (接单)", description = "422 when not assigned, or not to the caller.")
    WorkOrderResponse respond(@PathVariable long id) {
        return move(id, user -> orders.respond(user, id));
    }

    @PostMapping("/{id}/arrive")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Record arriving on site", description = "422 when not assigned or answered.")
    WorkOrderResponse arrive(@PathVariable long id) {
        return move(id, user -> orders.arrive(user, id));
    }

    @PostMapping("/{id}/hold")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Hold an electrical repair for an exception (特殊情况) with a reason; the SLA clock is held",
            description = "422 for a service other than electrical, a blank reason, or an order not being worked on.")
    WorkOrderResponse hold(@PathVariable long id, @Valid @RequestBody ReasonForm body) {
        return move(id, user -> orders.holdForException(user, id, Objects.requireNonNull(body.reason())));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Resume a held repair", description = "422 when it is not held.")
    WorkOrderResponse resume(@PathVariable long id) {
        return move(id, user -> orders.resume(user, id));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAuthority('FACILITIES_WORK')")
    @Operation(summary = "Complete a work order with its service record (服务记录)",
            description = "Times are local times of the business zone. 400 for missing record fields; 422 when the order is not "
                    + "answered or on site, or the record ends before it starts.")
    WorkOrderResponse complete(@PathVariable long id, @Valid @RequestBody RecordForm body) {
        return move(id, user -> orders.complete(user, id, body.toContent(clock.getZone())));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    @Operation(summary = "The client (or logistics) confirms completed work",
            description = "422 when the caller is neither a client user nor logistics, or the order is not done.")
    WorkOrderResponse confirm(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        return move(id, user -> orders.confirm(user, id, body.note()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAnyAuthority('FACILITIES_REQUEST', 'FACILITIES_MANAGE')")
    @Operation(summary = "The client (or logistics) disagrees: back to the assignee under a new SLA clock",
            description = "422 when the caller is neither a client user nor logistics, the reason is blank, or the order is "
                    + "not done or confirmed.")
    WorkOrderResponse reopen(@PathVariable long id, @Valid @RequestBody ReasonForm body) {
        return move(id, user -> orders.reopen(user, id, Objects.requireNonNull(body.reason())));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('FACILITIES_MANAGE')")
    @Operation(summary = "Close a confirmed work order", description = "422 when it is not confirmed.")
    WorkOrderResponse close(@PathVariable long id) {
        return move(id, user -> orders.close(user, id));
    }

    private WorkOrderResponse move(long id, Consumer<CurrentUser> change) {
        change.accept(CurrentUser.require());
        return answer(id);
    }

    private WorkOrderResponse answer(long id) {
        var card = queries.card(CurrentUser.require().scope(), id);
        return WorkOrderResponse.of(card.order(), card.siteName(), card.late());
    }

}
