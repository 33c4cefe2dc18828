package org.garrison.documents.web;

import org.garrison.documents.internal.AttachmentAccess;
import org.garrison.documents.internal.Attachments;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The attachments of any record, as the htmx fragment {@code documents/fragments :: attachments} loads
 * them: the list with previews, uploading, downloading. The owning module's {@code AttachmentOwner} decides
 * who may see and add.
 */
@Controller
class AttachmentController {

    private static final String LIST = "documents/fragments :: list";

    private final Attachments attachments;

    private final AttachmentAccess access;

    AttachmentController(Attachments attachments, AttachmentAccess access) {
        this.attachments = attachments;
        this.access = access;
    }

    @GetMapping("/attachments/{ownerType}/{ownerId}")
    @PreAuthorize("isAuthenticated()")
    String list(@PathVariable String ownerType, @PathVariable String ownerId, Model model) {
        boolean canAttach = access.requireVisible(CurrentUser.require(), ownerType, ownerId);
        model.addAttribute("form", AttachmentForm.empty());
        return list(model, ownerType, ownerId, canAttach);
    }

    @PostMapping("/attachments/{ownerType}/{ownerId}")
    @PreAuthorize("isAuthenticated()")
    String attach(@PathVariable String ownerType, @PathVariable String ownerId,
            @ModelAttribute("form") AttachmentForm form, BindingResult errors, Model model) {
        access.requireAttachable(CurrentUser.require(), ownerType, ownerId);
        try {
            attachments.attach(ownerType, ownerId, Uploads.of(form.file()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
        }
        return list(model, ownerType, ownerId, true);
    }

    @GetMapping("/attachments/{ownerType}/{ownerId}/{id}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<InputStreamResource> download(@PathVariable String ownerType, @PathVariable String ownerId,
            @PathVariable long id) {
        access.requireVisible(CurrentUser.require(), ownerType, ownerId);
        return Uploads.send(attachments.download(ownerType, ownerId, id, false), false);
    }

    @GetMapping("/attachments/{ownerType}/{ownerId}/{id}/thumbnail")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable String ownerType, @PathVariable String ownerId,
            @PathVariable long id) {
        access.requireVisible(CurrentUser.require(), ownerType, ownerId);
        return Uploads.send(attachments.download(ownerType, ownerId, id, true), true);
    }

    private String list(Model model, String ownerType, String ownerId, boolean canAttach) {
        model.addAttribute("ownerType", ownerType);
        model.addAttribute("ownerId", ownerId);
        model.addAttribute("attachments", attachments.of(ownerType, ownerId));
        model.addAttribute("canAttach", canAttach);
        return LIST;
    }

}
