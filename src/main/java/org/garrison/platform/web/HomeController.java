package org.garrison.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.SignInThrottle;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.garrison.shared.NextTours;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in page and the signed-in user's home page: who you are, what you see, where to go. A client user sees its
 * company and its own sites, not the roles and data scope that staff see. A guard's home is the start screen of the
 * shift: the next tour, a big button to start patrolling, reporting an incident and the guard's own record (the rest
 * stays in the menu).
 */
@Controller
class HomeController {

    /** The start screen's buttons: the links of the menu they stand for, with their label keys, in this order. */
    private static final Map<String, String> GUARD_START = new LinkedHashMap<>();

    static {
        GUARD_START.put("/patrol/my", "home.guard.startPatrol");
        GUARD_START.put("/siteops/incidents/report", "home.guard.reportIncident");
        GUARD_START.put("/people/me", "home.guard.myRecord");
    }

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    private final SignInThrottle throttle;

    private final Navigation navigation;

    private final NextTours nextTours;

    HomeController(IdentityManagement identity, OrganisationManagement organisation, SignInThrottle throttle,
            Navigation navigation, NextTours nextTours) {
        this.identity = identity;
        this.organisation = organisation;
        this.throttle = throttle;
        this.navigation = navigation;
        this.nextTours = nextTours;
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
    String home(Model model, Locale locale, Authentication authentication) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("scopeTarget", organisation.scopeTargetName(user.scope()).orElse(null));
        if (user.scope().level() == ScopeLevel.CLIENT) {
            model.addAttribute("clientSites", organisation.siteChoices(user.scope()));
            return "home";
        }
        model.addAttribute("roleNames", identity.roleNames(user.userId(), locale));
        model.addAttribute("siteCount", organisation.countSitesIn(user.scope()));
        if (user.roleCodes().contains(BuiltInRole.GUARD.code())) {
            model.addAttribute("guardStart", guardStart(authentication));
            model.addAttribute("nextTour", nextTours.next(user).orElse(null));
        }
        return "home";
    }

    /** The start screen's buttons the guard may use (as the menu shows them): link to label key. */
    private Map<String, String> guardStart(Authentication authentication) {
        var visible = navigation.sectionsFor(authentication).stream()
            .flatMap(section -> section.entries().stream())
            .map(NavEntry::href)
            .toList();
        var start = new LinkedHashMap<String, String>();
        GUARD_START.forEach((href, label) -> {
            if (visible.contains(href)) {
                start.put(href, label);
            }
        });
        return start;
    }

}
