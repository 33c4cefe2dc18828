package org.garrison.identity.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.garrison.identity.internal.PasswordPolicy;
import org.garrison.identity.internal.Roles;
import org.garrison.identity.internal.Users;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration: the searchable list, creating an account and changing one. */
@Controller
class UserAdminController {

    static final int PAGE_SIZE = 20;

    private final Users users;

    private final Roles roles;

    private final UserViews views;

    UserAdminController(Users users, Roles roles, UserViews views) {
        this.users = users;
        this.roles = roles;
        this.views = views;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") @Min(0) int page,
            Locale locale, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("users", views.summaries(users.search(q, PageRequest.of(page, PAGE_SIZE)), locale));
        return "identity/users/list";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String newUser(Locale locale, Model model) {
        return formPage(model, NewUserForm.empty(), null, locale);
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model, form, null, locale);
        }
        try {
            users.create(form.toAccount());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return formPage(model, form, null, locale);
        }
        redirect.addFlashAttribute("flash", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}/edit")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String edit(@PathVariable long id, Locale locale, Model model) {
        var user = users.get(id);
        model.addAttribute("username", user.getUsername());
        return formPage(model, EditUserForm.of(user), id, locale);
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return editPage(id, form, locale, model);
        }
        try {
            users.update(id, form.toChange());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return editPage(id, form, locale, model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/users/" + id;
    }

    private String editPage(long id, EditUserForm form, Locale locale, Model model) {
        model.addAttribute("username", users.get(id).getUsername());
        return formPage(model, form, id, locale);
    }

    private String formPage(Model model, Object form, @Nullable Long userId, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("userId", userId);
        model.addAttribute("roles", views.roles(roles.all(), locale));
        model.addAttribute("scopeLevels", List.of(ScopeLevel.values()));
        model.addAttribute("targets", views.scopeTargets());
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        return "identity/users/form";
    }

}
