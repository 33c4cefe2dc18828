package org.garrison.patrols.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.PatrolSchedules;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.Route;
import org.garrison.patrols.internal.Schedule;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.shared.CurrentUser;
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

/**
 * When routes must be walked and by whom: the schedules of the user's sites, with a form to add one and a
 * form to change who walks one (a post of the route's site, a named guard, or whoever is on duty).
 */
@Controller
class ScheduleController {

    private static final String FORM = "patrols/schedule-form";

    private final PatrolSchedules schedules;

    private final PatrolSetup setup;

    private final OrganisationManagement organisation;

    private final ScheduleWalkers walkersOf;

    ScheduleController(PatrolSchedules schedules, PatrolSetup setup,
            OrganisationManagement organisation, ScheduleWalkers walkersOf) {
        this.schedules = schedules;
        this.setup = setup;
        this.organisation = organisation;
        this.walkersOf = walkersOf;
    }

    /** Who walks a schedule, as the list shows it: a message key and the post's or guard's name. */
    record Walker(String messageKey, String name) {
    }

    @GetMapping("/patrol/schedules")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String list(Model model) {
        model.addAttribute("form", ScheduleForm.empty());
        return page(model);
    }

    @PostMapping("/patrol/schedules")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            schedules.create(CurrentUser.require().scope(), Objects.requireNonNull(form.routeId()), form.timing(),
                    guard(form.walker()), form.postId());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/schedules";
    }

    @GetMapping("/patrol/schedules/{id}/edit")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String edit(@PathVariable long id, Model model) {
        var schedule = schedules.get(CurrentUser.require().scope(), id);
        Long guard = schedule.getGuardUserId();
        var form = new WalkerForm(schedule.getPostId(), guard == null ? null : usernames(Set.of(guard)).get(guard));
        model.addAttribute("form", form);
        return form(model, schedule);
    }

    @PostMapping("/patrol/schedules/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") WalkerForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        var schedule = schedules.get(scope, id);
        if (errors.hasErrors()) {
            return form(model, schedule);
        }
        try {
            schedules.reassign(scope, id, guard(form), form.postId());
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, schedule);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/schedules";
    }

    @PostMapping("/patrol/schedules/{id}/retire")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        try {
            schedules.retire(CurrentUser.require().scope(), id);
            redirect.addFlashAttribute("flash", "patrol.schedule.retired");
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("problem", "patrol.retire.refused");
        }
        return "redirect:/patrol/schedules";
    }

    private @Nullable Long guard(WalkerForm walker) {
        return walkersOf.guard(walker.guard(), walker.postId());
    }

    private String page(Model model) {
        var scope = CurrentUser.require().scope();
        var routes = setup.routes(scope);
        var posts = organisation.postsIn(scope);
        var list = schedules.list(scope);
        model.addAttribute("schedules", list);
        model.addAttribute("walkers", walkers(list, posts));
        model.addAttribute("routes", routes.stream().filter(Route::isActive).toList());
        model.addAttribute("routeNames", routes.stream().collect(Collectors.toMap(Route::getId, Route::getName)));
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("postsBySite", postsBySite(posts));
        return "patrols/schedules";
    }

    private String form(Model model, Schedule schedule) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("schedule", schedule);
        model.addAttribute("routeName", setup.route(scope, schedule.getRouteId()).getName());
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("postsBySite", postsBySite(organisation.postsIn(scope).stream()
            .filter(p -> p.site().value() == schedule.getSiteId())
            .toList()));
        return FORM;
    }

    private Map<Long, Walker> walkers(List<Schedule> list, List<PostChoice> posts) {
        var postNames = new HashMap<Long, String>();
        posts.forEach(p -> postNames.put(p.id().value(), p.name()));
        var guards = usernames(list.stream().map(Schedule::getGuardUserId).filter(Objects::nonNull)
            .collect(Collectors.toSet()));
        var walkers = new HashMap<Long, Walker>();
        for (var s : list) {
            Long post = s.getPostId();
            Long guard = s.getGuardUserId();
            Walker walker;
            if (post != null) {
                walker = new Walker("patrol.schedule.byPost", postNames.getOrDefault(post, "#" + post));
            }
            else if (guard != null) {
                walker = new Walker("patrol.schedule.byGuard", guards.getOrDefault(guard, "#" + guard));
            }
            else {
                walker = new Walker("patrol.schedule.onDuty", "");
            }
            walkers.put(s.getId(), walker);
        }
        return walkers;
    }

    private Map<Long, String> usernames(Set<Long> userIds) {
        return walkersOf.usernames(userIds);
    }

    private static Map<Long, List<PostChoice>> postsBySite(List<PostChoice> posts) {
        return posts.stream()
            .collect(Collectors.groupingBy(p -> p.site().value(), LinkedHashMap::new, Collectors.toList()));
    }

}
