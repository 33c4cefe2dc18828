package org.garrison.platform.web;

import java.util.Locale;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in page and the signed-in user's home page: who you are, what you see, where to go. */
@Controller
class HomeController {

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    HomeController(IdentityManagement identity, OrganisationManagement organisation) {
        this.identity = identity;
        this.organisation = organisation;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login() {
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model, Locale locale) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("roleNames", identity.roleNames(user.userId(), locale));
        model.addAttribute("scopeTarget", organisation.scopeTargetName(user.scope()).orElse(null));
        model.addAttribute("siteCount", organisation.countSitesIn(user.scope()));
        return "home";
    }

}
