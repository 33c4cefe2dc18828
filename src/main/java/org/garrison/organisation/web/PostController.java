package org.garrison.organisation.web;

import jakarta.validation.Valid;

import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.PostKind;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing the posts (岗位) of a site within the user's scope. */
@Controller
class PostController {

    private static final String FORM = "organisation/post-form";

    private final OrgStructure structure;

    PostController(OrgStructure structure) {
        this.structure = structure;
    }

    @GetMapping("/org/sites/{siteId}/posts/new")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String newPost(@PathVariable long siteId, Model model) {
        model.addAttribute("form", PostForm.blank());
        return form(model, siteId, null);
    }

    @PostMapping("/org/sites/{siteId}/posts")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String create(@PathVariable long siteId, @Valid @ModelAttribute("form") PostForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, siteId, null);
        }
        try {
            structure.createPost(scope(), siteId, form.name(), form.requiredKind());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, siteId, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org/sites/" + siteId;
    }

    @GetMapping("/org/posts/{id}/edit")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        var post = structure.post(scope(), id);
        model.addAttribute("form", PostForm.of(post));
        return form(model, post.getSiteId(), id);
    }

    @PostMapping("/org/posts/{id}")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PostForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        long siteId = structure.post(scope(), id).getSiteId();
        if (errors.hasErrors()) {
            return form(model, siteId, id);
        }
        try {
            structure.updatePost(scope(), id, form.name(), form.requiredKind(), form.isActive());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, siteId, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/org/sites/" + siteId;
    }

    private String form(Model model, long siteId, @Nullable Long postId) {
        model.addAttribute("site", structure.site(scope(), siteId));
        model.addAttribute("postId", postId);
        model.addAttribute("kinds", PostKind.values());
        return FORM;
    }

    private static DataScope scope() {
        return CurrentUser.require().scope();
    }

}
