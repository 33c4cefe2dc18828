package org.garrison.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.garrison.audit.internal.AuditEntry;
import org.garrison.audit.internal.AuditLog;
import org.garrison.audit.internal.AuditStates;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators: a filtered, paged list (the table alone is re-rendered for
 * htmx), an entry's changes field by field, and the CSV export of the current filter.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    /** Tells htmx which address to put in the browser history: the filter without its blank fields, or none. */
    private static final String PUSH_URL = "HX-Push-Url";

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final List<String> CSV_COLUMNS = List.of("audit.column.id", "audit.column.time", "audit.column.actor",
            "audit.column.action", "audit.column.entityType", "audit.column.entityId", "audit.column.summary",
            "audit.column.remoteAddr");

    private final AuditLog log;

    private final AuditStates states;

    private final MessageSource messages;

    private final AuditSummaries summaries;

    private final ZoneId zone;

    AuditController(AuditLog log, AuditStates states, MessageSource messages, AuditSummaries summaries, Clock clock) {
        this.log = log;
        this.states = states;
        this.messages = messages;
        this.summaries = summaries;
        this.zone = clock.getZone();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_VIEW')")
    String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        boolean fragment = htmx != null && historyRestore == null;
        if (!fragment) {
            model.addAttribute("actions", choices(log.actions(), filter.action()));
            model.addAttribute("entityTypes", choices(log.entityTypes(), filter.entityType()));
        }
        try {
            var entries = log.search(filter.toFilter(zone), CurrentUser.require().scope(), page, PAGE_SIZE);
            response.setHeader(PUSH_URL, pageUrl(filter, entries.getNumber()));
            model.addAttribute("entries", entries);
            model.addAttribute("previousUrl", entries.hasPrevious() ? pageUrl(filter, entries.getNumber() - 1) : null);
            model.addAttribute("nextUrl", entries.hasNext() ? pageUrl(filter, entries.getNumber() + 1) : null);
            model.addAttribute("exportUrl", url("/admin/audit/export.csv", filter).toUriString());
            model.addAttribute("exportLimit", log.exportLimit());
        }
        catch (BadFilterException ex) {
            errors.reject(ex.messageKey(), ex.arguments(), null);
            response.setHeader(PUSH_URL, "false");
        }
        return fragment ? "audit/list :: results" : "audit/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('AUDIT_VIEW')")
    String detail(@PathVariable long id, Model model) {
        AuditEntry entry = log.entry(id, CurrentUser.require().scope());
        model.addAttribute("entry", entry);
        model.addAttribute("diff", states.diff(entry).orElse(null));
        model.addAttribute("historyUrl", entry.getEntityId() == null ? null
                : url("/admin/audit", AuditFilterForm.forRecord(entry.getEntityType(), entry.getEntityId())).toUriString());
        return "audit/detail";
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAuthority('AUDIT_VIEW')")
    void export(@ModelAttribute("filter") AuditFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditLog.Filter criteria = filter.toFilter(zone);
        String name = "audit-" + LocalDateTime.now(zone).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        var writer = response.getWriter();
        var csv = CsvWriter.withByteOrderMark(writer);
        csv.row(CSV_COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList());
        log.export(criteria, CurrentUser.require().scope(), entry -> csv.row(cells(entry, locale)));
        writer.flush();
    }

    private List<@Nullable String> cells(AuditEntry entry, Locale locale) {
        var cells = new ArrayList<@Nullable String>();
        cells.add(String.valueOf(entry.getId()));
        cells.add(CSV_TIME.format(entry.getOccurredAt().atZone(zone)));
        cells.add(entry.getActorName());
        cells.add(label("audit.action.", entry.getAction(), locale));
        cells.add(label("audit.entity.", entry.getEntityType(), locale));
        cells.add(entry.getEntityId());
        cells.add(summaries.text(entry.getEntityType(), entry.getSummary(), locale));
        cells.add(entry.getRemoteAddr());
        return cells;
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    /** The values found in the log, plus the one asked for (so a filter never shows as "all" by mistake). */
    private static List<String> choices(List<String> found, @Nullable String selected) {
        if (selected == null || selected.isBlank() || found.contains(selected.strip())) {
            return found;
        }
        var choices = new ArrayList<>(found);
        choices.add(selected.strip());
        return choices;
    }

    private static String pageUrl(AuditFilterForm filter, int page) {
        var url = url("/admin/audit", filter);
        return (page > 0 ? url.queryParam("page", page) : url).toUriString();
    }

    private static UriComponentsBuilder url(String path, AuditFilterForm filter) {
        return UriComponentsBuilder.fromPath(path).queryParams(filter.toQuery()).encode();
    }

}
