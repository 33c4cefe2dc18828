package org.garrison.duty.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.duty.internal.HandoverBook;
import org.garrison.duty.internal.HandoverEntry;
import org.garrison.duty.internal.HandoverFollowUp;
import org.garrison.duty.internal.HandoverViews.HandoverRow;
import org.garrison.duty.internal.HandoverViews.Outcome;
import org.garrison.duty.internal.HandoverViews.WriteResult;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The handover book (交接班记录簿), as the phone page and the book's pages keep it. */
@RestController
@RequestMapping("/api/v1/duty/handovers")
@Tag(name = "Duty books")
class HandoverApiController {

    private final HandoverBook book;

    private final HandoverFollowUp followUp;

    HandoverApiController(HandoverBook book, HandoverFollowUp followUp) {
        this.book = book;
        this.followUp = followUp;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "One page of the handover entries in scope, newest first", description = "Filters: siteId, state.")
    PageResponse<HandoverRow> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) HandoverEntry.@Nullable State state,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(book.list(CurrentUser.require().scope(), siteId, state, PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DUTY_VIEW')")
    @Operation(summary = "A handover entry", description = "404 when unknown or outside the caller's scope.")
    HandoverRow entry(@PathVariable long id) {
        return book.card(CurrentUser.require().scope(), id);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    @Operation(summary = "The entries handed to the caller that wait for his answer")
    List<HandoverRow> mine() {
        return book.awaitingMe(CurrentUser.require());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    @Operation(summary = "Write handover entries as the outgoing guard, e.g. a phone's offline queue",
            description = "Each entry carries the id the phone made: one stored already is answered DUPLICATE and changes "
                    + "nothing; one refused (incoming guard not at the site, site outside the scope) is answered REJECTED "
                    + "with the message key, the others are stored.")
    List<WriteResult> write(@Valid @RequestBody HandoverPhoneController.Upload body) {
        var user = CurrentUser.require();
        return body.entries().stream().map(entry -> {
            try {
                return book.write(user, entry.draft());
            }
            catch (DomainException ex) {
                return new WriteResult(entry.clientId(), Outcome.REJECTED, null, ex.messageKey(), ex.arguments());
            }
        }).toList();
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    @Operation(summary = "Acknowledge an entry handed to the caller", description = "422 when it is not his, or answered already.")
    HandoverRow acknowledge(@PathVariable long id) {
        var user = CurrentUser.require();
        book.acknowledge(user, id);
        return book.card(user.scope(), id);
    }

    @PostMapping("/{id}/dispute")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    @Operation(summary = "Dispute an entry handed to the caller, saying why",
            description = "422 when it is not his, or answered already.")
    HandoverRow dispute(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        book.dispute(user, id, body.note());
        return book.card(user.scope(), id);
    }

    @PostMapping("/{id}/omission")
    @PreAuthorize("hasAuthority('DUTY_DECIDE')")
    @Operation(summary = "Link an incident or complaint that an omission of this handover caused",
            description = "Raises a violation draft of rulebook item 15 against the outgoing guard (R6). 422 when one is "
                    + "linked already.")
    HandoverRow omission(@PathVariable long id, @Valid @RequestBody OmissionForm body) {
        var user = CurrentUser.require();
        followUp.linkOmission(user, id, body.reference(), body.note() == null ? "" : body.note());
        return book.card(user.scope(), id);
    }

}
