package org.garrison.duty.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.duty.internal.HandoverBook;
import org.garrison.duty.internal.HandoverItem;
import org.garrison.duty.internal.HandoverViews.Desk;
import org.garrison.duty.internal.HandoverViews.Outcome;
import org.garrison.duty.internal.HandoverViews.WriteResult;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guard's handover phone page (交接班): write the entry for the incoming guard — kept on the phone and sent when
 * there is a signal ({@code static/js/duty-handover.js}), or posted as a plain form — and answer the entries handed
 * to oneself.
 */
@Controller
class HandoverPhoneController {

    private final HandoverBook book;

    private final MessageSource messages;

    HandoverPhoneController(HandoverBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    /** Entries a phone sends at once. */
    record Upload(@NotNull @Size(max = 50) List<@Valid HandoverForm> entries) {
    }

    /** What became of each entry sent, with a refusal in the user's language. */
    record UploadResult(String clientId, Outcome outcome, @Nullable Long id, @Nullable String reason) {
    }

    /** The answers to an upload, one per entry. */
    record UploadReply(List<UploadResult> results) {
    }

    @GetMapping("/duty/handover/my")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    String page(Model model) {
        var desk = book.desk(CurrentUser.require());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HandoverForm.blank(desk.siteId(), desk.postId()));
        }
        return page(model, desk);
    }

    @PostMapping("/duty/handover/my")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    String write(@Valid @ModelAttribute("form") HandoverForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (errors.hasErrors()) {
            return page(model, book.desk(user));
        }
        try {
            book.write(user, form.draft());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, book.desk(user));
        }
        redirect.addFlashAttribute("flash", "duty.handover.written");
        return "redirect:/duty/handover/my";
    }

    /** The phone's queue: each entry stored once, answered accepted, duplicate or refused (with why). */
    @PostMapping(path = "/duty/handover/my/entries", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    @ResponseBody
    UploadReply sync(@Valid @RequestBody Upload upload, Locale locale) {
        var user = CurrentUser.require();
        var results = new ArrayList<UploadResult>();
        for (HandoverForm entry : upload.entries()) {
            WriteResult result;
            try {
                result = book.write(user, entry.draft());
            }
            catch (DomainException ex) {
                result = new WriteResult(entry.clientId(), Outcome.REJECTED, null, ex.messageKey(), ex.arguments());
            }
            String reason = result.reasonKey() == null ? null
                    : messages.getMessage(result.reasonKey(), result.reasonArgs(), locale);
            results.add(new UploadResult(result.clientId(), result.outcome(), result.id(), reason));
        }
        return new UploadReply(results);
    }

    @PostMapping("/duty/handover/{id}/acknowledge")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
        try {
            book.acknowledge(CurrentUser.require(), id);
            redirect.addFlashAttribute("flash", "duty.handover.acknowledged");
        }
        catch (DomainException ex) {
            Problems.add(redirect, ex);
        }
        return "redirect:/duty/handover/my";
    }

    @PostMapping("/duty/handover/{id}/dispute")
    @PreAuthorize("hasAuthority('DUTY_HANDOVER')")
    String dispute(@PathVariable long id, @Valid @ModelAttribute("disputeForm") NoteForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "duty.handover.disputeNeedsNote");
            return "redirect:/duty/handover/my";
        }
        try {
            book.dispute(CurrentUser.require(), id, form.note());
            redirect.addFlashAttribute("flash", "duty.handover.disputed");
        }
        catch (DomainException ex) {
            Problems.add(redirect, ex);
        }
        return "redirect:/duty/handover/my";
    }

    private String page(Model model, Desk desk) {
        model.addAttribute("desk", desk);
        model.addAttribute("items", HandoverItem.values());
        model.addAttribute("awaiting", book.awaitingMe(CurrentUser.require()));
        model.addAttribute("disputeForm", NoteForm.blank());
        model.addAttribute("webAppManifest", "/duty/manifest.webmanifest");
        return "duty/handover-phone";
    }

}
