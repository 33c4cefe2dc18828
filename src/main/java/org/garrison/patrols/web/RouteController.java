package org.garrison.patrols.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.Route;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
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

/** The patrol routes of the user's sites: list, create and change. */
@Controller
class RouteController {

    private static final String FORM = "patrols/route-form";

    private final PatrolSetup setup;

    private final OrganisationManagement organisation;

    RouteController(PatrolSetup setup, OrganisationManagement organisation) {
        this.setup = setup;
        this.organisation = organisation;
    }

    @GetMapping("/patrol/routes")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String list(Model model) {
        var scope = CurrentUser.require().scope();
        var routes = setup.routes(scope);
        var checkpoints = byId(setup.checkpoints(scope));
        var stops = new HashMap<Long, List<String>>();
        routes.forEach(r -> stops.put(r.getId(), r.getCheckpointIds().stream()
            .map(checkpoints::get).filter(Objects::nonNull).map(Checkpoint::getName).toList()));
        model.addAttribute("routes", routes);
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("stops", stops);
        return "patrols/routes";
    }

    @GetMapping("/patrol/routes/new")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(Model model) {
        model.addAttribute("form", RouteForm.empty());
        return form(model, null);
    }

    @PostMapping("/patrol/routes")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String create(@Valid @ModelAttribute("form") RouteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        var scope = CurrentUser.require().scope();
        try {
            long siteId = Objects.requireNonNull(form.siteId());
            setup.createRoute(scope, siteId, plan(scope, siteId, form));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/routes";
    }

    @GetMapping("/patrol/routes/{id}/edit")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String edit(@PathVariable long id, Model model) {
        var scope = CurrentUser.require().scope();
        var route = setup.route(scope, id);
        var checkpoints = byId(setup.checkpoints(scope));
        var form = RouteForm.of(route, route.getCheckpointIds().stream().map(cid -> checkpoints.get(cid).getCode()).toList());
        model.addAttribute("form", form);
        return form(model, id);
    }

    @PostMapping("/patrol/routes/{id}")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") RouteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        var route = setup.route(scope, id);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            setup.changeRoute(scope, id, plan(scope, route.getSiteId(), form));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/patrol/routes";
    }

    private Route.Plan plan(DataScope scope, long siteId, RouteForm form) {
        return setup.planOf(scope, siteId, String.valueOf(form.name()), Boolean.TRUE.equals(form.ordered()),
                Objects.requireNonNull(form.mode()), Objects.requireNonNull(form.minutesBetween()), form.codes());
    }

    private String form(Model model, @Nullable Long id) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("routeId", id);
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("modes", PatrolMode.values());
        var checkpoints = setup.checkpoints(scope);
        var names = new HashMap<String, String>();
        checkpoints.forEach(c -> names.put(c.getCode(), c.getName()));
        model.addAttribute("checkpoints", checkpoints.stream().filter(Checkpoint::isActive).toList());
        model.addAttribute("checkpointNames", names);
        return FORM;
    }

    private static Map<Long, Checkpoint> byId(List<Checkpoint> checkpoints) {
        var map = new HashMap<Long, Checkpoint>();
        checkpoints.forEach(c -> map.put(c.getId(), c));
        return map;
    }

}
