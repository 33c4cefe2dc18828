package org.garrison.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.garrison.identity.internal.PermissionRegistry;
import org.garrison.identity.internal.Roles;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles: the list with how many users hold each, creating a role, and editing its names and permissions. */
@Controller
class RoleAdminController {

    private final Roles roles;

    private final PermissionRegistry registry;

    RoleAdminController(Roles roles, PermissionRegistry registry) {
        this.registry = registry;
        this.roles = roles;
    }

    @GetMapping("/admin/roles")
    @PreAuthorize("hasAuthority('ROLES_MANAGE')")
    String list(Locale locale, Model model) {
        var members = roles.memberCounts();
        model.addAttribute("roles", roles.all().stream()
            .map(role -> new RoleRow(role.getId(), role.getCode(), role.name(locale), role.isBuiltIn(),
                    role.getPermissions().size(), members.getOrDefault(role.getCode(), 0L)))
            .toList());
        return "identity/roles/list";
    }

    @GetMapping("/admin/roles/new")
    @PreAuthorize("hasAuthority('ROLES_MANAGE')")
    String newRole(Model model) {
        return formPage(model, RoleForm.empty(), null);
    }

    @PostMapping("/admin/roles")
    @PreAuthorize("hasAuthority('ROLES_MANAGE')")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model, form, null);
        }
        try {
            roles.create(form.normalisedCode(), form.nameZh(), form.nameEn(), form.granted());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return formPage(model, form, null);
        }
        redirect.addFlashAttribute("flash", "role.created");
        return "redirect:/admin/roles";
    }

    @GetMapping("/admin/roles/{id}/edit")
    @PreAuthorize("hasAuthority('ROLES_MANAGE')")
    String edit(@PathVariable long id, Model model) {
        return formPage(model, RoleForm.of(roles.get(id)), id);
    }

    @PostMapping("/admin/roles/{id}")
    @PreAuthorize("hasAuthority('ROLES_MANAGE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        roles.get(id); // an unknown role is "not found", whatever the form says
        if (errors.hasErrors()) {
            return formPage(model, form, id);
        }
        try {
            roles.update(id, form.nameZh(), form.nameEn(), form.granted());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return formPage(model, form, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/roles";
    }

    /**
     * The role form; an existing role's code never changes, so the page names the role (in the user's language)
     * instead of offering its code.
     */
    private String formPage(Model model, RoleForm form, @Nullable Long roleId) {
        model.addAttribute("form", form);
        model.addAttribute("roleId", roleId);
        var role = roleId == null ? null : roles.get(roleId);
        model.addAttribute("roleCode", role == null ? null : role.getCode());
        model.addAttribute("roleName", role == null ? null : role.name(LocaleContextHolder.getLocale()));
        model.addAttribute("permissionGroups", registry.modules());
        return "identity/roles/form";
    }

    /** A line of the role list. */
    record RoleRow(long id, String code, String name, boolean builtIn, int permissionCount, long members) {
    }

}
