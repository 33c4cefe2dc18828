package org.garrison.servicedesk.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ActionOwner;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of one complaint's page, also when a step's form comes back with errors. */
@Component
class ComplaintPage {

    /** The names the step and memo forms are bound under; a form posted (and refused) keeps what was entered. */
    static final Map<String, Supplier<Object>> STEP_FORMS = stepForms();

    private final ComplaintQueries queries;

    private final CorrectiveActions corrective;

    ComplaintPage(ComplaintQueries queries, CorrectiveActions corrective) {
        this.queries = queries;
        this.corrective = corrective;
    }

    String show(Model model, long id) {
        var user = CurrentUser.require();
        var action = isInternal(user) ? corrective.of(user, id).orElse(null) : null;
        if (action != null && !model.containsAttribute("corrective")) {
            model.addAttribute("corrective", CorrectiveForms.Plan.of(action));
        }
        model.addAttribute("action", action);
        model.addAttribute("actionOverdue", action != null && corrective.isOverdue(action));
        model.addAttribute("owners", ActionOwner.values());
        STEP_FORMS.forEach((name, empty) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, empty.get());
            }
        });
        model.addAttribute("stepForms", STEP_FORMS.keySet());
        var card = queries.card(user, id);
        model.addAttribute("internal", isInternal(user));
        model.addAttribute("card", card);
        model.addAttribute("c", card.complaint());
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("siteName", queries.siteNames(List.of(card.complaint().getSiteId())).get(card.complaint().getSiteId()));
        model.addAttribute("typeNames", queries.typeNames(LocaleContextHolder.getLocale()));
        return "servicedesk/complaint";
    }

    private static Map<String, Supplier<Object>> stepForms() {
        var forms = new LinkedHashMap<String, Supplier<Object>>();
        forms.put("acceptance", StepForms.Accept::empty);
        forms.put("investigation", StepForms.Investigate::empty);
        forms.put("confirmation", StepForms.Confirm::empty);
        forms.put("draft", StepForms.Draft::empty);
        forms.put("answer", StepForms.Text::empty);
        forms.put("visit", StepForms.Text::empty);
        forms.put("memo", StepForms.MemoForm::empty);
        forms.put("decision", StepForms.Text::empty);
        forms.put("corrective", CorrectiveForms.Plan::empty);
        forms.put("correctiveDone", CorrectiveForms.Done::empty);
        forms.put("correctiveEffect", CorrectiveForms.Effect::empty);
        return Collections.unmodifiableMap(forms);
    }

    /** Staff who work on complaints see findings, memos, time limits and notes; a client sees status and answer. */
    static boolean isInternal(CurrentUser user) {
        return user.scope().level() != ScopeLevel.CLIENT && (user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE)
                || user.can(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE) || user.can(ServiceDeskPermissions.MEMOS_DECIDE));
    }

}
