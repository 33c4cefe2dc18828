package org.garrison.servicedesk.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.OpinionCard;
import org.garrison.servicedesk.internal.OpinionCards;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Client opinion cards (客户意见信息卡): the scoped list and a quick card from the portal or customer service. */
@Controller
class OpinionCardController {

    private final OpinionCards cards;

    private final ComplaintQueries queries;

    OpinionCardController(OpinionCards cards, ComplaintQueries queries) {
        this.cards = cards;
        this.queries = queries;
    }

    @GetMapping("/servicedesk/cards")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String list(Model model) {
        model.addAttribute("form", CardForm.empty());
        return page(model);
    }

    @PostMapping("/servicedesk/cards")
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    String write(@Valid @ModelAttribute("form") CardForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            cards.write(CurrentUser.require(), Objects.requireNonNull(form.siteId()), Objects.requireNonNull(form.kind()),
                    form.person(), form.post(), form.content());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "servicedesk.card.written");
        return "redirect:/servicedesk/cards";
    }

    /** The cards in scope and the new-card form (already in the model, as bound) with its pickers. */
    private String page(Model model) {
        var user = CurrentUser.require();
        var listed = cards.list(user);
        model.addAttribute("cards", listed);
        model.addAttribute("siteNames", queries.siteNames(listed.stream().map(c -> c.getSiteId()).toList()));
        model.addAttribute("kinds", OpinionCard.Kind.values());
        model.addAttribute("sites", queries.sitesFor(user));
        return "servicedesk/cards";
    }

    /** A card: praise or criticism of a named guard or post at a site. */
    record CardForm(@Schema(example = "1") @NotNull @Nullable Long siteId,
            @Schema(example = "PRAISE") @NotNull OpinionCard.@Nullable Kind kind,
            @Schema(example = "张伟") @Size(max = 100) @Nullable String person,
            @Schema(example = "大堂岗") @Size(max = 100) @Nullable String post,
            @Schema(example = "夜班巡逻认真，主动帮助客户搬运物品。") @NotBlank @Size(max = 1000) String content) {

        static CardForm empty() {
            return new CardForm(null, OpinionCard.Kind.PRAISE, "", "", "");
        }

    }

}
