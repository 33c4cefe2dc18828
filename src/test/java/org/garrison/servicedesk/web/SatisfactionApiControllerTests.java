package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.SatisfactionReport;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SatisfactionApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SatisfactionReport report;

    @Test
    void aClientGetsTheSatisfactionOfItsSitesAgainstTheTarget() throws Exception {
        var november = YearMonth.of(2026, 11);
        when(report.period("2026-11", "2026-11")).thenReturn(new SatisfactionReport.Period(november, november));
        when(report.report(any(), eq(november), eq(november))).thenReturn(new SatisfactionReport.Report(
                List.of(new SatisfactionReport.Row("鹏城银行深圳分行", "鹏城银行福田支行", ServiceKind.GUARDING, november, 20,
                        new BigDecimal("90.0"), new BigDecimal("95"), false)),
                List.of(new SatisfactionReport.ComplaintCount("鹏城银行福田支行", november, 2)),
                new SatisfactionReport.Trend(List.of(), List.of())));
        mvc.perform(get("/api/v1/servicedesk/satisfaction").param("from", "2026-11").param("to", "2026-11")
                .with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.rows[0].percent").value(90.0))
            .andExpect(jsonPath("$.rows[0].meetsTarget").value(false))
            .andExpect(jsonPath("$.complaints[0].complaints").value(2));
    }

    @Test
    void aGarbledPeriodIsRefusedWith422AndReadingNeedsComplaintsView() throws Exception {
        when(report.period("2026-13", null)).thenThrow(new DomainException("servicedesk.report.periodInvalid", 24));
        mvc.perform(get("/api/v1/servicedesk/satisfaction").param("from", "2026-13")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("请选择整月期间，起始不晚于截止，最长 24 个月。"));
        mvc.perform(get("/api/v1/servicedesk/satisfaction").with(withPermissions(OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void withoutPermissionNothingIsRead() throws Exception {
        mvc.perform(get("/api/v1/servicedesk/satisfaction")).andExpect(status().isUnauthorized());
        verifyNoInteractions(report);
    }

}
