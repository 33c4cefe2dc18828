package org.garrison.patrols.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.TourAlerts;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.patrols.internal.TourCheckpoints;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live board of tours per site and branch (its tours refreshed by htmx every 15 s, a tour in progress with its scans so far), a tour's checkpoints, and the
 * acknowledgement of its alert with a comment.
 */
@Controller
class BoardController {

    private final TourBoard board;

    private final TourCheckpoints points;

    private final TourAlerts alerts;

    private final OrganisationManagement organisation;

    private final Clock clock;

    BoardController(TourBoard board, TourCheckpoints points, TourAlerts alerts, OrganisationManagement organisation,
            Clock clock) {
        this.board = board;
        this.points = points;
        this.alerts = alerts;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** How many of the day's tours the board shows with a status. */
    record Count(TourBoard.BoardStatus status, long count) {
    }

    /** The comment of an acknowledgement. */
    @io.swagger.v3.oas.annotations.media.Schema(example = "{\"comment\": \"已电话核实，队员临时处置警情\"}")
    record AcknowledgeForm(@NotBlank @Size(max = 500) @Nullable String comment) {
    }

    @GetMapping("/patrol/board")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable Long siteId, Model model) {
        fill(model, day, siteId);
        return "patrols/board";
    }

    @GetMapping("/patrol/board/tours")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String tours(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable Long siteId, Model model) {
        fill(model, day, siteId);
        return "patrols/board :: tours";
    }

    @GetMapping("/patrol/tours/{id}")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String tour(@PathVariable long id, Model model) {
        model.addAttribute("form", new AcknowledgeForm(null));
        return detail(id, model);
    }

    @PostMapping("/patrol/tours/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String acknowledge(@PathVariable long id, @Valid @ModelAttribute("form") AcknowledgeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var scope = CurrentUser.require().scope();
        board.tour(scope, id);
        if (errors.hasErrors()) {
            return detail(id, model);
        }
        try {
            alerts.acknowledge(scope, id, String.valueOf(form.comment()));
        }
        catch (DomainException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            return detail(id, model);
        }
        redirect.addFlashAttribute("flash", "patrol.tour.acknowledged");
        return "redirect:/patrol/tours/" + id;
    }

    private String detail(long id, Model model) {
        var scope = CurrentUser.require().scope();
        model.addAttribute("tour", board.tour(scope, id));
        model.addAttribute("points", points.of(scope, id));
        model.addAttribute("acknowledgement", alerts.acknowledgement(scope, id));
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        return "patrols/tour";
    }

    private void fill(Model model, @Nullable LocalDate day, @Nullable Long siteId) {
        var scope = CurrentUser.require().scope();
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        var rows = board.day(scope, shown, siteId);
        List<Count> counts = Arrays.stream(TourBoard.BoardStatus.values())
            .map(s -> new Count(s, rows.stream().filter(r -> r.status() == s).count()))
            .toList();
        model.addAttribute("day", shown);
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", organisation.siteNamesIn(scope));
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
    }

}
