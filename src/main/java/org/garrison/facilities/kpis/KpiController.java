package org.garrison.facilities.kpis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The monthly KPIs of facility services (issue 17): a table per service of each KPI against its target for the sites in
 * the viewer's scope (a client: its own), narrowed to a branch or a site, with the trend of one KPI over the last six
 * months and the same table as an Excel file.
 */
@Controller
class KpiController {

    private final FacilityKpis kpis;

    private final OrganisationManagement organisation;

    private final KpiPage page;

    private final KpiWorkbook workbook;

    KpiController(FacilityKpis kpis, OrganisationManagement organisation, KpiPage page, KpiWorkbook workbook) {
        this.kpis = kpis;
        this.organisation = organisation;
        this.page = page;
        this.workbook = workbook;
    }

    @GetMapping("/facilities/kpis")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    String show(@ModelAttribute("filter") KpiFilter filter, BindingResult errors, Model model) {
        var scope = CurrentUser.require().scope();
        var current = kpis.currentMonth();
        YearMonth month = KpiPage.month(filter.month(), current);
        if (month == null) {
            // the page goes on with the current month, and says so
            errors.reject("facilities.kpi.badMonth");
            month = current;
        }
        var kpi = KpiPage.trendKpi(filter.kpi());
        var rows = kpis.month(scope, filter.siteId(), filter.branchId(), month);
        var trend = kpis.trend(scope, filter.siteId(), filter.branchId(), kpi, month.minusMonths(5), month);
        model.addAttribute("month", month);
        model.addAttribute("trendKpi", kpi);
        model.addAttribute("charted", KpiPage.charted());
        model.addAttribute("branches", organisation.branchChoices(scope));
        model.addAttribute("sites", organisation.siteChoices(scope));
        model.addAttribute("tables", KpiPage.tables(rows));
        model.addAttribute("hasTrend", !trend.series().isEmpty());
        model.addAttribute("chart", page.chart(trend, LocaleContextHolder.getLocale()));
        return "facilities/kpis/kpis";
    }

    @GetMapping("/facilities/kpis.xlsx")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    void export(@ModelAttribute("filter") KpiFilter filter, BindingResult errors, HttpServletResponse response)
            throws IOException {
        var current = kpis.currentMonth();
        YearMonth month = KpiPage.month(filter.month(), current);
        if (month == null) {
            throw new IllegalArgumentException("month");
        }
        var rows = kpis.month(CurrentUser.require().scope(), filter.siteId(), filter.branchId(), month);
        var locale = LocaleContextHolder.getLocale();
        response.setContentType(KpiWorkbook.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(workbook.fileName(month.toString(), locale), StandardCharsets.UTF_8)
            .build()
            .toString());
        workbook.write(response.getOutputStream(), rows, locale);
    }

    /** The page's filter: branch, site, month ({@code yyyy-MM}, empty: the current one) and the KPI of the trend. */
    record KpiFilter(@Nullable Long branchId, @Nullable Long siteId, @Nullable String month, @Nullable String kpi) {
    }

}
