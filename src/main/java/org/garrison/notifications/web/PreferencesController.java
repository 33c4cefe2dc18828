package org.garrison.notifications.web;

import org.garrison.notifications.internal.Preferences;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user chooses, per kind of alert, whether it comes in the application and by e-mail. */
@Controller
class PreferencesController {

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/notifications/preferences")
    @PreAuthorize("isAuthenticated()")
    String show(Model model) {
        model.addAttribute("table", preferences.table(CurrentUser.require().id()));
        model.addAttribute("channels", preferences.channels());
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    @PreAuthorize("isAuthenticated()")
    String save(PreferencesForm form, RedirectAttributes redirect) {
        preferences.choose(CurrentUser.require().id(), form.ticked());
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/notifications/preferences";
    }

}
