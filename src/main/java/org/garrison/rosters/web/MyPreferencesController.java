package org.garrison.rosters.web;

import java.time.DayOfWeek;

import jakarta.validation.Valid;
import org.garrison.rosters.internal.GuardPreferences;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guard's roster preferences on his phone: nights, days off wished for (the solver's soft rule). */
@Controller
@PreAuthorize("hasAuthority('ROSTER_OWN')")
class MyPreferencesController {

    private final GuardPreferences preferences;

    MyPreferencesController(GuardPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/rosters/my/preferences")
    String form(Model model) {
        if (!model.containsAttribute("prefs")) {
            try {
                model.addAttribute("prefs", PreferencesForm.of(preferences.mine(CurrentUser.require())));
            }
            catch (DomainException ex) {
                model.addAttribute("noEmployee", true);
                model.addAttribute("prefs", new PreferencesForm(null, null));
            }
        }
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("maxDaysOff", GuardPreferences.MAX_DAYS_OFF);
        return "rosters/preferences";
    }

    @PostMapping("/rosters/my/preferences")
    String state(@Valid @ModelAttribute("prefs") PreferencesForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                preferences.state(CurrentUser.require(), form.preferences());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/rosters/my";
            }
            catch (DomainException ex) {
                errors.reject(ex.messageKey(), ex.arguments(), null);
            }
        }
        return form(model);
    }

}
