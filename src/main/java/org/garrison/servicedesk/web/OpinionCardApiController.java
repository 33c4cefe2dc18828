package org.garrison.servicedesk.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.OpinionCard;
import org.garrison.servicedesk.internal.OpinionCards;
import org.garrison.servicedesk.web.OpinionCardController.CardForm;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Client opinion cards over REST, within the caller's data scope (a client: only its own sites). */
@RestController
@RequestMapping("/api/v1/servicedesk/opinion-cards")
@Tag(name = "Opinion cards", description = "Client opinion cards (客户意见信息卡): praise or criticism of a guard or post")
class OpinionCardApiController {

    private final OpinionCards cards;

    private final ComplaintQueries queries;

    OpinionCardApiController(OpinionCards cards, ComplaintQueries queries) {
        this.cards = cards;
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "List opinion cards", description = "Newest first, in the caller's scope; optionally of one "
            + "site (siteId) or one kind (PRAISE, CRITICISM).")
    PageResponse<CardView> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) OpinionCard.@Nullable Kind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var found = cards.find(CurrentUser.require(), siteId, kind, PageResponse.request(page, size));
        var names = queries.siteNames(found.getContent().stream().map(OpinionCard::getSiteId).toList());
        return PageResponse.of(found, c -> CardView.of(c, names.get(c.getSiteId())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "One opinion card", description = "404 when unknown or outside the caller's scope.")
    CardView show(@PathVariable long id) {
        var card = cards.one(CurrentUser.require(), id);
        return CardView.of(card, queries.siteNames(List.of(card.getSiteId())).get(card.getSiteId()));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    @Operation(summary = "Write an opinion card", description = "As on the cards page: a client for its own sites, "
            + "customer service for any site in its scope. 400 with the invalid fields, 404 when the site is outside "
            + "the caller's scope, 422 when neither a guard (person) nor a post is named.")
    ResponseEntity<CardView> write(@Valid @RequestBody CardForm form) {
        var user = CurrentUser.require();
        var card = cards.write(user, Objects.requireNonNull(form.siteId()), Objects.requireNonNull(form.kind()),
                form.person(), form.post(), form.content());
        return ResponseEntity.created(URI.create("/api/v1/servicedesk/opinion-cards/" + card.getId()))
            .body(CardView.of(card, queries.siteNames(List.of(card.getSiteId())).get(card.getSiteId())));
    }

    @Schema(name = "OpinionCard", description = "A client opinion card")
    record CardView(@Schema(example = "12") long id, @Schema(example = "3") long siteId,
            @Schema(example = "滨江花园驻点") @Nullable String siteName,
            @Schema(example = "PRAISE", allowableValues = { "PRAISE", "CRITICISM" }) String kind,
            @Schema(example = "张伟") @Nullable String person, @Schema(example = "东门岗") @Nullable String post,
            @Schema(example = "夜班巡逻认真，主动帮助业主搬运物品。") String content,
            @Schema(example = "王经理") String writtenBy, @Schema(example = "2026-12-07") LocalDate writtenOn) {

        static CardView of(OpinionCard c, @Nullable String siteName) {
            return new CardView(c.getId(), c.getSiteId(), siteName, c.getKind().name(), c.getPerson(), c.getPost(),
                    c.getContent(), c.getWrittenBy(), c.getWrittenOn());
        }

    }

}
