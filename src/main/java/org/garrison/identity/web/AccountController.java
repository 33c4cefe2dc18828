package org.garrison.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.garrison.identity.internal.ApiTokens;
import org.garrison.identity.internal.PasswordPolicy;
import org.garrison.identity.internal.Users;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: details, roles and scope, changing the password, and API tokens. */
@Controller
class AccountController {

    private final Users users;

    private final ApiTokens tokens;

    private final UserViews views;

    AccountController(Users users, ApiTokens tokens, UserViews views) {
        this.users = users;
        this.tokens = tokens;
        this.views = views;
    }

    @GetMapping("/account")
    @PreAuthorize("isAuthenticated()")
    String show(Locale locale, Model model) {
        return page(model, OwnPasswordForm.empty(), TokenForm.empty(), locale);
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@Valid @ModelAttribute("passwordForm") OwnPasswordForm form, BindingResult errors,
            Locale locale, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, form, TokenForm.empty(), locale);
        }
        try {
            users.changeOwnPassword(CurrentUser.require().id(), form.currentPassword(), form.newPassword());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model, form, TokenForm.empty(), locale);
        }
        redirect.addFlashAttribute("flash", "account.passwordChanged");
        return "redirect:/account";
    }

    /**
     * Shows the new token's secret on the response to this POST instead of redirecting: the secret
     * must never be stored, not even for one request in the (database-backed) session's flash map.
     */
    @PostMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Locale locale,
            Model model) {
        if (errors.hasErrors()) {
            return page(model, OwnPasswordForm.empty(), form, locale);
        }
        model.addAttribute("issued", tokens.issue(CurrentUser.require().id(), form.nameOrDefault()));
        return "identity/account/token-created";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require().id(), tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account";
    }

    private String page(Model model, OwnPasswordForm passwordForm, TokenForm tokenForm, Locale locale) {
        long me = CurrentUser.require().id();
        model.addAttribute("user", views.summary(users.get(me), locale));
        model.addAttribute("tokens", views.tokens(tokens.ofUser(me)));
        model.addAttribute("passwordForm", passwordForm);
        model.addAttribute("tokenForm", tokenForm);
        model.addAttribute("minPasswordLength", PasswordPolicy.MIN_LENGTH);
        return "identity/account/index";
    }

}
