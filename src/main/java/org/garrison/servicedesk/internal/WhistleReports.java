package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.Series;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.Permission;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Whistle-blowing reports: received from anyone (signed in or not), investigated under the
 * {@code WHISTLEBLOWING/REPORT} time limit. The reporter is shown only to holders of
 * {@link Permission#WHISTLEBLOWING_IDENTITY}; every other view, the API, notifications and the audit log
 * carry {@link #SEALED} instead.
 */
@Service
@Transactional
public class WhistleReports {

    public static final Series SERIES = new Series("WHISTLEBLOWING", "JB", "-", 3);

    public static final String SEALED = "SEALED";

    static final String ITEM_TYPE = "WHISTLEBLOWING";

    private final WhistleReportRepository reports;

    private final NumberingManagement numbering;

    private final SlaManagement sla;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WhistleReports(WhistleReportRepository reports, NumberingManagement numbering, SlaManagement sla,
            ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.numbering = numbering;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Receives a report. A named report from a signed-in reporter carries that account (its display name and user
     * name, sealed like any reporter), never a name typed in, so nobody can report under a colleague's name.
     *
     * @param reporter the signed-in reporter (kept only when the report is named), or {@code null}
     * @param name the name typed by someone without an account; ignored when {@code reporter} is given
     * @return the report's number, the only thing the reporter is told
     */
    public String receive(@Nullable CurrentUser reporter, boolean anonymous, @Nullable String name,
            @Nullable String contact, String subject, String details, @Nullable String place) {
        @Nullable Long reporterId = reporter == null ? null : reporter.id();
        @Nullable String reporterName = reporter == null ? name : accountName(reporter);
        return withoutRequester(() -> {
            Instant now = clock.instant();
            var report = reports.save(new WhistleReport(numbering.next(SERIES, LocalDate.ofInstant(now, clock.getZone())),
                    anonymous, reporterName, contact, reporterId, subject, details, place, now));
            sla.start(ITEM_TYPE, report.getNumber(), "REPORT", now, null);
            sla.responded(ITEM_TYPE, report.getNumber(), now);
            events.publishEvent(new AuditedChange(now, null, SEALED, "RECEIVED", "WhistleReport",
                    String.valueOf(report.getId()), report.getNumber(), null, sealedFields(report)));
            events.publishEvent(new NotificationRequested("servicedesk.whistle", Set.of(), Set.of("CHAIRMAN"), null,
                    "servicedesk.notification.whistle", List.of(report.getNumber()),
                    "/servicedesk/whistleblowing/" + report.getId(), false, now));
            return report.getNumber();
        });
    }

    /** How a signed-in reporter is named on a report: "张三 (zhang.san)". */
    public static String accountName(CurrentUser reporter) {
        return reporter.displayName() + " (" + reporter.username() + ")";
    }

    /**
     * Runs the receipt as nobody from nowhere: the audit log records the signed-in user and the request's
     * address of every change (here: the report, its SLA clock), which would name the reporter.
     */
    private static <T> T withoutRequester(Supplier<T> work) {
        var security = SecurityContextHolder.getContext();
        var request = RequestContextHolder.getRequestAttributes();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        RequestContextHolder.resetRequestAttributes();
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(security);
            RequestContextHolder.setRequestAttributes(request);
        }
    }

    public WhistleView conclude(CurrentUser user, long id, String findings) {
        var report = reports.findById(id).orElseThrow(() -> new NotFoundException("servicedesk.whistle", id));
        report.conclude(findings, clock.instant());
        sla.resolved(ITEM_TYPE, report.getNumber(), clock.instant());
        audit("CONCLUDED", report);
        return view(user, report);
    }

    @Transactional(readOnly = true)
    public List<WhistleView> list(CurrentUser user) {
        return reports.findTop200ByOrderByReceivedAtDesc().stream().map(r -> view(user, r)).toList();
    }

    /** One page of the reports, newest first, optionally in one state; paged in the query. */
    @Transactional(readOnly = true)
    public Page<WhistleView> list(CurrentUser user, WhistleReport.@Nullable State state, Pageable pageable) {
        var found = state == null ? reports.findAllByOrderByReceivedAtDescIdDesc(pageable)
                : reports.findByStateOrderByReceivedAtDescIdDesc(state, pageable);
        return found.map(r -> view(user, r));
    }

    @Transactional(readOnly = true)
    public WhistleView one(CurrentUser user, long id) {
        return view(user, reports.findById(id).orElseThrow(() -> new NotFoundException("servicedesk.whistle", id)));
    }

    /** The investigation's deadline and whether it passed, from the report's SLA clock. */
    @Transactional(readOnly = true)
    public @Nullable Deadline deadline(WhistleView report) {
        return sla.clockOf(ITEM_TYPE, report.number())
            .map(clock -> new Deadline(clock.resolutionDueAt(), clock.resolutionBreached()))
            .orElse(null);
    }

    /** When an investigation is due, and whether it is overdue. */
    public record Deadline(Instant dueAt, boolean breached) {
    }

    /** The report as this user may see it: the reporter sealed unless the user holds the designated permission. */
    static WhistleView view(CurrentUser user, WhistleReport r) {
        String reporter;
        if (!user.can(ServiceDeskPermissions.WHISTLEBLOWING_IDENTITY)) {
            reporter = SEALED;
        }
        else if (r.isAnonymous()) {
            reporter = WhistleView.ANONYMOUS;
        }
        else {
            reporter = r.getReporterName() + (r.getReporterContact() == null ? "" : " · " + r.getReporterContact());
        }
        return new WhistleView(r.getId(), r.getNumber(), reporter, r.getSubject(), r.getDetails(), r.getPlace(),
                r.getState(), r.getFindings(), r.getReceivedAt(), r.getConcludedAt());
    }

    private void audit(String action, WhistleReport report) {
        events.publishEvent(AuditedChange.of(action, "WhistleReport", report.getId(), report.getNumber(), null,
                sealedFields(report)));
    }

    private static Map<String, String> sealedFields(WhistleReport report) {
        return Map.of("state", report.getState().name(), "reporter", SEALED);
    }

    /** A report as shown: {@code reporter} is the identity, {@link WhistleView#ANONYMOUS}, or {@link #SEALED}. */
    public record WhistleView(long id, String number, String reporter, String subject, String details,
            @Nullable String place, WhistleReport.State state, @Nullable String findings, Instant receivedAt,
            @Nullable Instant concludedAt) {

        public static final String ANONYMOUS = "ANONYMOUS";

        public boolean sealed() {
            return SEALED.equals(reporter);
        }

        public boolean anonymous() {
            return ANONYMOUS.equals(reporter);
        }

    }

}
