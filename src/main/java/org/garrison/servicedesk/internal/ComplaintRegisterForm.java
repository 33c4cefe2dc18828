package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.Pdfs;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable 客户投诉登记表 (001 ch.10 §4.1) for the paper file: the register's eleven fields, the site, the
 * handling, the cause and corrective action, and lines for the signatures, as an A4 PDF. It embeds a subset of the
 * CJK font shipped in the application, so Chinese prints the same on every machine. Labels come from the message
 * bundles in the language asked for.
 */
@Component
public class ComplaintRegisterForm {



    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<String> SIGNATURES = List.of("servicedesk.form.sign.accepted",
            "servicedesk.form.sign.investigated", "servicedesk.form.sign.confirmed", "servicedesk.form.sign.manager");

    private final ScopedComplaints scoped;

    private final CorrectiveActionRepository actions;

    private final ComplaintQueries queries;

    private final MessageSource messages;

    private final Clock clock;

    ComplaintRegisterForm(ScopedComplaints scoped, CorrectiveActionRepository actions, ComplaintQueries queries,
            MessageSource messages, Clock clock) {
        this.scoped = scoped;
        this.actions = actions;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form of a complaint in the user's scope, as a PDF; 404 outside the scope. */
    public byte[] pdf(CurrentUser user, long id, Locale locale) {
        var complaint = scoped.find(user.scope(), id);
        var action = actions.findByComplaintId(complaint.getId()).orElse(null);
        String site = queries.siteNames(List.of(complaint.getSiteId())).getOrDefault(complaint.getSiteId(), "");
        String type = queries.typeNames(locale).getOrDefault(complaint.getTypeCode(), complaint.getTypeCode());
        return Pdfs.render(new Writer(locale).form(complaint, action, site, type));
    }

    /** Writes the form's HTML in one language. */
    private final class Writer {

        private final Locale locale;

        private final StringBuilder html = new StringBuilder();

        Writer(Locale locale) {
            this.locale = locale;
        }

        String form(Complaint c, @Nullable CorrectiveAction a, String site, String type) {
            String title = msg("servicedesk.form.title");
            html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>").append(escape(title))
                .append("</title><style>@page { size: A4; margin: 14mm 12mm; } body { font-family: '").append(Pdfs.CJK_FAMILY)
                .append("'; font-size: 10pt; } h1 { text-align: center; font-size: 18pt; margin: 0 0 2mm; } "
                        + "h2 { font-size: 11pt; margin: 4mm 0 1mm; } table { width: 100%; border-collapse: collapse; } "
                        + "th, td { border: 0.3mm solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; } "
                        + "th { width: 22%; font-weight: bold; background: #f2f2f2; } td.tall { height: 12mm; } "
                        + ".sign td { border: none; width: 50%; white-space: nowrap; padding: 4mm 2mm 0; } .meta { text-align: right; font-size: 8pt; color: #555; }"
                        + "</style></head><body><h1>").append(escape(title)).append("</h1><div class=\"meta\">")
                .append(escape(msg("servicedesk.form.printedAt", MINUTES.format(clock.instant().atZone(clock.getZone())))))
                .append("</div><table>");
            pair("servicedesk.complaint.number", c.getNumber(), "servicedesk.complaint.acceptedOn",
                    c.getAcceptance().getAcceptedOn() == null ? "" : c.getAcceptance().getAcceptedOn().toString());
            pair("servicedesk.complaint.clientName", c.getClientName(), "servicedesk.complaint.phone", c.getStatement().getPhone());
            wide("servicedesk.complaint.clientAddress", c.getStatement().getClientAddress(), false);
            pair("servicedesk.complaint.site", site, "servicedesk.complaint.post", c.getStatement().getPost());
            pair("servicedesk.complaint.category", msg(c.getCategory().messageKey()) + claim(c), "servicedesk.complaint.type", type);
            wide("servicedesk.complaint.reason", c.getStatement().getReason(), true);
            wide("servicedesk.complaint.demand", c.getStatement().getDemand(), true);
            pair("servicedesk.complaint.acceptance", acceptance(c), "servicedesk.complaint.channel", msg(c.getChannel().messageKey()));
            wide("servicedesk.complaint.peopleNamed", c.getStatement().getPeopleNamed(), false);
            wide("servicedesk.complaint.remarks", c.getStatement().getRemarks(), false);
            html.append("</table><h2>").append(escape(msg("servicedesk.handling"))).append("</h2><table>");
            wide("servicedesk.complaint.findings", c.getResolution().getFindings(), true);
            pair("servicedesk.complaint.responsiblePeople", c.getResolution().getResponsiblePeople(), "servicedesk.complaint.confirmedBy",
                    c.getResolution().getConfirmedBy());
            wide("servicedesk.complaint.handlingText", c.getResolution().getHandling(), true);
            pair("servicedesk.complaint.responsibility", c.getResolution().getResponsibility() == null ? "" : msg(c.getResolution().getResponsibility().messageKey()),
                    "servicedesk.complaint.compensation", money(c.getResolution().getCompensation()));
            wide("servicedesk.complaint.answer", c.getResolution().getAnswer(), true);
            wide("servicedesk.complaint.returnVisit", c.getResolution().getReturnVisit(), true);
            html.append("</table><h2>").append(escape(msg("servicedesk.corrective.title"))).append("</h2><table>");
            wide("servicedesk.corrective.cause", a == null ? null : a.getCause(), true);
            wide("servicedesk.corrective.measure", a == null ? null : a.getMeasure(), true);
            pair("servicedesk.corrective.owner", a == null ? "" : msg(a.getOwnerRole().messageKey()) + " " + a.getOwnerName(),
                    "servicedesk.corrective.dueOn", a == null ? "" : a.getDueOn().toString());
            wide("servicedesk.corrective.doneNote", a == null ? null : a.getDoneNote(), false);
            wide("servicedesk.corrective.effectNote", a == null ? null : effect(a), false);
            html.append("</table><table class=\"sign\">");
            for (int i = 0; i < SIGNATURES.size(); i += 2) {
                html.append("<tr>");
                for (String key : SIGNATURES.subList(i, i + 2)) {
                    html.append("<td>").append(escape(msg(key))).append("：____________ ")
                        .append(escape(msg("servicedesk.form.signDate"))).append("：________</td>");
                }
                html.append("</tr>");
            }
            return html.append("</table></body></html>").toString();
        }

        private void pair(String label, @Nullable String value, String label2, @Nullable String value2) {
            html.append("<tr><th>").append(escape(msg(label))).append("</th><td>").append(escape(value)).append("</td><th>")
                .append(escape(msg(label2))).append("</th><td>").append(escape(value2)).append("</td></tr>");
        }

        private void wide(String label, @Nullable String value, boolean tall) {
            html.append("<tr><th>").append(escape(msg(label))).append("</th><td colspan=\"3\"")
                .append(tall ? " class=\"tall\"" : "").append(">").append(escape(value)).append("</td></tr>");
        }

        private String acceptance(Complaint c) {
            if (c.getAcceptance().getAcceptedBy() == null) {
                return msg("servicedesk.complaint.notAccepted");
            }
            return msg("servicedesk.complaint.signed", c.getAcceptance().getAcceptedBy(),
                    msg(Boolean.TRUE.equals(c.getAcceptance().getReasonable()) ? "servicedesk.reasonable.yes" : "servicedesk.reasonable.no"));
        }

        private String claim(Complaint c) {
            return c.getClaim().getClaimedAmount() == null ? ""
                    : " " + msg("servicedesk.complaint.claim", money(c.getClaim().getClaimedAmount()),
                            c.getClaim().getContractClause() == null ? "—" : c.getClaim().getContractClause());
        }

        private String effect(CorrectiveAction a) {
            String state = msg(a.getState().messageKey());
            return a.getEffectNote() == null ? state : state + "：" + a.getEffectNote();
        }

        private String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

    }

    private static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : "¥" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String escape(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8").replace("\n", "<br/>");
    }


}
