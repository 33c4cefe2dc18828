package org.garrison.attendance.web;

import org.garrison.attendance.internal.OnDutyBoard;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's view of who guards its own sites now: name, post, on duty, licence valid; nothing more. */
@Controller
class ClientOnDutyController {

    private final OnDutyBoard board;

    ClientOnDutyController(OnDutyBoard board) {
        this.board = board;
    }

    @GetMapping("/attendance/client/on-duty")
    @PreAuthorize("hasAuthority('CLIENT_ON_DUTY_VIEW')")
    String onDuty(Model model) {
        model.addAttribute("rows", board.now(CurrentUser.require().scope(), null).stream().map(ClientOnDutyRow::of).toList());
        return "attendance/client-on-duty";
    }

}
