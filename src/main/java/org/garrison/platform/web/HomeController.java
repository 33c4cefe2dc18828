package org.garrison.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.SignInThrottle;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in page and the signed-in user's home page: who you are, what you see, where to go. A client user sees its
 * company and its own sites, not the roles and data scope that staff see.
 */
@Controller
class HomeController {

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final SignInThrottle throttle;

    HomeController(IdentityManagement identity, OrganisationManagement organisation, SignInThrottle throttle) {
        this.identity = identity;
        this.organisation = organisation;
        this.throttle = throttle;
    }

    /** The sign-in page; after a throttled attempt it says how many minutes this address still waits. */
    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(@RequestParam(required = false) @Nullable String throttled, HttpServletRequest request, Model model) {
        if (throttled != null) {
            throttle.minutesRefused(request.getRemoteAddr()).ifPresent(minutes -> model.addAttribute("waitMinutes", minutes));
        }
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model, Locale locale) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("scopeTarget", organisation.scopeTargetName(user.scope()).orElse(null));
        if (user.scope().level() == ScopeLevel.CLIENT) {
            model.addAttribute("clientSites", organisation.siteChoices(user.scope()));
            return "home";
        }
        model.addAttribute("roleNames", identity.roleNames(user.userId(), locale));
        model.addAttribute("siteCount", organisation.countSitesIn(user.scope()));
        return "home";
    }

}
