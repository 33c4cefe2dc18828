package org.garrison.servicedesk.web;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Fills the model of one complaint's page, also when a step's form comes back with errors. */
@Component
class ComplaintPage {

    private final ComplaintQueries queries;

    ComplaintPage(ComplaintQueries queries) {
        this.queries = queries;
    }

    String show(Model model, long id, @Nullable BindingResult errors, @Nullable DomainException refusal) {
        var user = CurrentUser.require();
        var card = queries.card(user, id);
        model.addAttribute("internal", isInternal(user));
        model.addAttribute("card", card);
        model.addAttribute("c", card.complaint());
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("siteName", queries.siteNames(java.util.List.of(card.complaint().getSiteId())).get(card.complaint().getSiteId()));
        model.addAttribute("typeNames", queries.typeNames(LocaleContextHolder.getLocale()));
        return "servicedesk/complaint";
    }

    /** Staff who work on complaints see findings, memos, time limits and notes; a client sees status and answer. */
    static boolean isInternal(CurrentUser user) {
        return user.scope().level() != ScopeLevel.CLIENT && (user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE)
                || user.can(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE) || user.can(ServiceDeskPermissions.MEMOS_DECIDE));
    }

}
