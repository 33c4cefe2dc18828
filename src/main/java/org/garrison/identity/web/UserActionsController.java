package org.garrison.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import org.garrison.identity.EmployeeLinks;
import org.garrison.identity.EmployeeLinks.LinkedEmployee;
import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.PasswordPolicy;
import org.garrison.identity.internal.Users;
import org.garrison.shared.DomainException;
import org.garrison.shared.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One account as an administrator sees it, and what can be done to it: reset the password, unlock, revoke tokens. */
@Controller
class UserActionsController {

    private final Users users;

    private final ApiTokens tokens;

    private final UserViews views;

    /** The people module's employee records; absent only where identity runs without it (module tests). */
    private final ObjectProvider<EmployeeLinks> links;

    UserActionsController(Users users, ApiTokens tokens, UserViews views, ObjectProvider<EmployeeLinks> links) {
        this.users = users;
        this.tokens = tokens;
        this.views = views;
        this.links = links;
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String show(@PathVariable long id, Locale locale, Model model) {
        return detail(id, EmployeeLinkForm.empty(), locale, model);
    }

    @PostMapping("/admin/users/{id}/employee")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String linkEmployee(@PathVariable long id, @Valid @ModelAttribute("linkForm") EmployeeLinkForm form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        users.get(id);
        if (!errors.hasErrors()) {
            try {
                links.getObject().link(new UserId(id), Objects.requireNonNull(form.employeeId()));
                redirect.addFlashAttribute("flash", "user.employeeLinked");
                return "redirect:/admin/users/" + id;
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return detail(id, form, locale, model);
    }

    @PostMapping("/admin/users/{id}/employee/unlink")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String unlinkEmployee(@PathVariable long id, RedirectAttributes redirect) {
        users.get(id);
        links.getObject().unlink(new UserId(id));
        redirect.addFlashAttribute("flash", "user.employeeUnlinked");
        return "redirect:/admin/users/" + id;
    }

    private String detail(long id, EmployeeLinkForm form, Locale locale, Model model) {
        model.addAttribute("user", views.summary(users.get(id), locale));
        model.addAttribute("tokens", views.tokens(tokens.ofUser(id)));
        var employees = links.getIfAvailable();
        var employee = employees == null ? Optional.<LinkedEmployee>empty() : employees.employeeOf(new UserId(id));
        model.addAttribute("employeeLinks", employees != null);
        model.addAttribute("employee", employee.orElse(null));
        model.addAttribute("unlinkedEmployees", employees == null || employee.isPresent() ? List.of() : employees.unlinked());
        model.addAttribute("linkForm", form);
        return "identity/users/detail";
    }

    @GetMapping("/admin/users/{id}/password")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String resetForm(@PathVariable long id, Locale locale, Model model) {
        return resetPage(id, PasswordResetForm.empty(), locale, model);
    }

    @PostMapping("/admin/users/{id}/password")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String reset(@PathVariable long id, @Valid @ModelAttribute("form") PasswordResetForm form, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return resetPage(id, form, locale, model);
        }
        try {
            users.resetPassword(id, form.newPassword());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return resetPage(id, form, locale, model);
        }
        redirect.addFlashAttribute("flash", "user.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        users.unlock(id);
        redirect.addFlashAttribute("flash", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(id, tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String resetPage(long id, PasswordResetForm form, Locale locale, Model model) {
        model.addAttribute("user", views.summary(users.get(id), locale));
        model.addAttribute("form", form);
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        return "identity/users/password";
    }

}
