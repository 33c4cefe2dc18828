package org.garrison.facilities.assets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import org.garrison.facilities.assets.AssetViews.OperationReportView;
import org.garrison.facilities.assets.ElectricalForms.ReportForm;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly equipment operation report of a site (设备运行报告, seed 003 L143–144): the month's figures, abnormal
 * readings and faults from the records, and the analysis and suggestions the engineer writes (kept, rewritten in place).
 */
@Service
public class OperationReports {

    private final OperationReportRepository reports;

    private final ElectricalAssets assets;

    private final AssetFigures figures;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    OperationReports(OperationReportRepository reports, ElectricalAssets assets, AssetFigures figures,
            OrganisationManagement organisation, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.assets = assets;
        this.figures = figures;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The report of a site in the scope for a month. */
    @Transactional(readOnly = true)
    public OperationReportView report(DataScope scope, long siteId, YearMonth month) {
        var site = new SiteId(siteId);
        organisation.requireSite(scope, site);
        var written = reports.findBySiteIdAndMonthStart(siteId, month.atDay(1));
        return new OperationReportView(siteId, organisation.siteName(site), month, figures.month(site, month),
                assets.abnormalIn(siteId, month), assets.faultsIn(siteId, month),
                written.map(OperationReport::getAnalysis).orElse(null), written.map(OperationReport::getSuggestions).orElse(null),
                written.map(OperationReport::getWrittenBy).orElse(null), written.map(OperationReport::getWrittenAt).orElse(null));
    }

    /** Writes (or rewrites) the analysis and suggestions of a month that has begun. */
    @Transactional
    public void write(CurrentUser user, long siteId, YearMonth month, ReportForm form) {
        organisation.requireSite(user.scope(), new SiteId(siteId));
        if (month.isAfter(YearMonth.now(clock))) {
            throw new DomainException("facilities.assets.report.futureMonth");
        }
        var report = reports.findBySiteIdAndMonthStart(siteId, month.atDay(1))
            .orElseGet(() -> new OperationReport(siteId, month.atDay(1)));
        boolean created = report.getId() == null;
        report.write(form.analysis(), form.suggestions(), user.displayName(), clock.instant());
        reports.save(report);
        events.publishEvent(AuditedChange.of(created ? "CREATE" : "UPDATE", "ElectricalReport", report.getId(),
                organisation.siteName(new SiteId(siteId)) + " " + month, null,
                Map.of("month", month.toString(), "analysis", report.getAnalysis(), "suggestions", report.getSuggestions())));
    }

}
