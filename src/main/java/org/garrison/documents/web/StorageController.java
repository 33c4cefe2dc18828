package org.garrison.documents.web;

import jakarta.validation.Valid;

import org.garrison.documents.internal.DocumentMoves;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where files are stored, and moving every file from one store to another as a long job. */
@Controller
class StorageController {

    private final DocumentMoves moves;

    StorageController(DocumentMoves moves) {
        this.moves = moves;
    }

    @GetMapping("/admin/documents/storage")
    @PreAuthorize("hasAuthority('DOCUMENTS_STORAGE')")
    String page(Model model) {
        model.addAttribute("form", new MoveForm(null, moves.activeStore()));
        return page(model, moves);
    }

    @PostMapping("/admin/documents/storage/move")
    @PreAuthorize("hasAuthority('DOCUMENTS_STORAGE')")
    String move(@Valid @ModelAttribute("form") MoveForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, moves);
        }
        long job;
        try {
            job = moves.start(String.valueOf(form.from()), String.valueOf(form.to()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, moves);
        }
        redirect.addFlashAttribute("flash", "documents.move.started");
        return "redirect:/jobs/" + job;
    }

    private static String page(Model model, DocumentMoves moves) {
        model.addAttribute("active", moves.activeStore());
        model.addAttribute("stores", moves.storeNames());
        return "documents/storage";
    }

}
